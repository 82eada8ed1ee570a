package org.hotline.console.push;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The payload of one type of push message: one record per message type, written as the message's
 * {@code payload} object. Send it with {@link PushMessage#of(PushPayload)}.
 */
public interface PushPayload {

    /** @return the message type, kebab-case (see {@link PushMessage}); not part of the payload */
    @JsonIgnore
    String messageType();
}
