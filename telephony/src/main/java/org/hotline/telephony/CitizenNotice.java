package org.hotline.telephony;

import java.util.Objects;

/**
 * A message to a citizen, about to enter the outbox.
 *
 * @param key       what makes it unique (e.g. {@code registered:JH20261207000042:13800138000}), 1..120 characters: a
 *                  second notice with the same key is never queued, so a notice is never sent twice
 * @param kind      why
 * @param recipient where to: a phone (by SMS), an e-mail address (by mail) or a WeChat openid (customer-service
 *                  message)
 * @param text      1..500 characters
 * @param ticketNo  the ticket it is about, or null
 */
public record CitizenNotice(String key, NoticeKind kind, CitizenIdentity recipient, String text, String ticketNo) {

    public static final int MAX_TEXT = 500;

    /** @throws IllegalArgumentException when a field is missing or out of range */
    public CitizenNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        if (key == null || key.isBlank() || key.length() > 120) {
            throw new IllegalArgumentException("notice key must be 1..120 characters");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("notice text is required");
        }
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "…";
        }
    }
}
