package org.hotline.telephony;

import java.time.Instant;

/**
 * A notice in the outbox.
 *
 * @param id        its id (the gateway's reference)
 * @param key       its unique key
 * @param kind      why
 * @param recipient where to
 * @param text      what
 * @param ticketNo  or null
 * @param status    {@code pending}, {@code sent} or {@code failed} (gave up after the last attempt)
 * @param attempts  attempts so far
 * @param createdAt when queued
 * @param sentAt    when the gateway took it, or null
 */
public record NoticeRecord(long id, String key, NoticeKind kind, CitizenIdentity recipient, String text,
        String ticketNo, String status, int attempts, Instant createdAt, Instant sentAt) {
}
