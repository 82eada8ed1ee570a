package org.hotline.console.wiring;

import org.hotline.console.push.PushPayload;

/**
 * {@code contact-claimed}: an agent claimed a contact; other agents drop it from their queue. No personal data: the
 * console fetches the contact with the reader's own masking.
 */
record ContactClaimedNotice(long contactId, String contactNo, String agent) implements PushPayload {

    @Override
    public String messageType() {
        return "contact-claimed";
    }
}
