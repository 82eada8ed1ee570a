package org.hotline.console.wiring;

import org.hotline.console.push.PushPayload;
import org.hotline.telephony.ContactChannel;

/**
 * {@code contact-received}: a new contact entered the online queue (to agents). No personal data: the console
 * fetches the contact with the reader's own masking.
 */
record ContactReceivedNotice(long contactId, String contactNo, ContactChannel channel, boolean urgent) implements PushPayload {

    @Override
    public String messageType() {
        return "contact-received";
    }
}
