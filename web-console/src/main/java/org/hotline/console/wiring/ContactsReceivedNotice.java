package org.hotline.console.wiring;

import java.util.List;

import org.hotline.console.push.PushPayload;
import org.hotline.telephony.ContactChannel;

/**
 * {@code contacts-received}: new contacts entered the online queue (to agents), {@code {"contacts": [{"contactId",
 * "contactNo", "channel", "urgent"}, …]}}: the contacts linked to their citizens together, at most {@link #MAX} per
 * message, in the order they arrived. No personal data: the console fetches the contacts with the reader's own
 * masking.
 */
record ContactsReceivedNotice(List<Received> contacts) implements PushPayload {

    /** The most contacts in one message. */
    static final int MAX = 100;

    @Override
    public String messageType() {
        return "contacts-received";
    }

    /** One new contact. */
    record Received(long contactId, String contactNo, ContactChannel channel, boolean urgent) {
    }
}
