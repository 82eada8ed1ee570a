package org.hotline.console.push;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A message for console clients: a type and a payload that Jackson can serialise to a JSON object, normally a
 * {@link PushPayload} record of that type.
 *
 * <p>On the socket it is one JSON text frame:
 * <pre>{"type":"screen-pop","id":4711,"at":"2026-11-23T08:15:30.123Z","payload":{...}}</pre>
 * {@code id} is the stored message id (increasing; clients remember the last one to resume after a reconnect),
 * {@code at} the UTC instant it was sent, in whole seconds. The payload is always nested under {@code payload}, so its fields can never
 * clash with the envelope's.
 *
 * @param type    kebab-case message type such as {@code screen-pop} or {@code ticket-dispatched}: lower-case letters,
 *                digits and hyphens, starting with a letter, at most 40 characters. The types the server itself uses
 *                for replies ({@code suggestions}, {@code error}, {@code pong}, {@code resumed}) are reserved.
 * @param payload the content; must serialise to a JSON object of at most 60 000 bytes (checked when sent)
 */
public record PushMessage(String type, Object payload) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** The reply types of the socket protocol, which a pushed message must not impersonate. */
    static final Set<String> RESERVED_TYPES = java.util.Set.of("suggestions", "error", "pong", "resumed");

    /**
     * @throws IllegalArgumentException when the type is not kebab-case, is reserved, or the payload is null
     */
    public PushMessage {
        Objects.requireNonNull(type, "type");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("message type must be kebab-case, at most 40 characters: " + type);
        }
        if (RESERVED_TYPES.contains(type)) {
            throw new IllegalArgumentException("message type is reserved for the socket protocol: " + type);
        }
        if (payload == null) {
            throw new IllegalArgumentException("payload must not be null");
        }
    }

    /** @return the message of the payload's type */
    public static PushMessage of(PushPayload payload) {
        return new PushMessage(payload.messageType(), payload);
    }
}
