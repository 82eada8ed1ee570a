package org.hotline.console.wiring;

import java.time.Instant;

import org.hotline.console.push.PushPayload;
import org.hotline.telephony.ContactChannel;

/**
 * {@code contact-breached}: a contact waited past its first-response clock without a response (to supervisors). No
 * personal data.
 */
record ContactBreachedNotice(long contactId, String contactNo, ContactChannel channel, Instant dueAt)
        implements PushPayload {

    @Override
    public String messageType() {
        return "contact-breached";
    }
}
