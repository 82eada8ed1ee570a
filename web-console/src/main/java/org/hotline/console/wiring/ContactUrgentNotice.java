package org.hotline.console.wiring;

import org.hotline.console.push.PushPayload;
import org.hotline.telephony.ContactChannel;

/**
 * {@code contact-urgent}: a contact holding an urgent word (燃气泄漏, 被困, …) entered the queue (to supervisors). No
 * personal data: the console fetches the contact with the reader's own masking.
 */
record ContactUrgentNotice(long contactId, String contactNo, ContactChannel channel) implements PushPayload {

    @Override
    public String messageType() {
        return "contact-urgent";
    }
}
