package org.hotline.console.wiring;

import org.hotline.console.push.PushPayload;

/**
 * {@code contact-released}: the claiming agent put a contact back in the queue. No personal data: the console
 * fetches the contact with the reader's own masking.
 */
record ContactReleasedNotice(long contactId, String contactNo, String agent) implements PushPayload {

    @Override
    public String messageType() {
        return "contact-released";
    }
}
