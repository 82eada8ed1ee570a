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
 * @param fallback  for a notice to an e-mail address or a WeChat openid, the citizen's phone to send it to by SMS
 *                  instead when that channel cannot carry it (switched off, or given up: e.g. WeChat takes no
 *                  customer-service message 48 hours after the citizen last wrote); null for none
 */
public record CitizenNotice(String key, NoticeKind kind, CitizenIdentity recipient, String text, String ticketNo,
        CitizenIdentity fallback) {

    public static final int MAX_TEXT = 500;
    /** The longest key: the key of a notice's SMS fallback is its own with {@link #FALLBACK_SUFFIX}. */
    public static final int MAX_KEY = 116;
    public static final String FALLBACK_SUFFIX = ":sms";

    /** A notice without a fallback. */
    public CitizenNotice(String key, NoticeKind kind, CitizenIdentity recipient, String text, String ticketNo) {
        this(key, kind, recipient, text, ticketNo, null);
    }

    /** @throws IllegalArgumentException when a field is missing or out of range */
    public CitizenNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("notice key must be 1.." + MAX_KEY + " characters");
        }
        if (fallback != null && (fallback.kind() != IdentityKind.PHONE || recipient.kind() == IdentityKind.PHONE)) {
            throw new IllegalArgumentException("only a notice to an online address falls back, and only to a phone");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("notice text is required");
        }
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "…";
        }
    }

    /** The same notice by SMS to the fallback phone, under its own key (so it too is sent at most once). */
    public CitizenNotice bySms() {
        if (fallback == null) {
            throw new IllegalStateException("notice " + key + " has no fallback");
        }
        return new CitizenNotice(key + FALLBACK_SUFFIX, kind, fallback, text, ticketNo, null);
    }
}
