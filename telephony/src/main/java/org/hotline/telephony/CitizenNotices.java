package org.hotline.telephony;

import java.util.List;

/**
 * The outbox of messages to citizens (table {@code telephony_notice}). A notice is queued in the caller's
 * transaction, so it exists only if the change it reports committed; a sender sends it afterwards, retries with
 * growing pauses ({@code hotline.channel.notices.*}) and records every attempt. Each notice carries its id as the
 * gateway's reference, so a retry after a lost answer is dropped by the gateway. A notice that its channel cannot
 * carry (off, or given up: after the last attempt, or at once on a refusal that retrying cannot change) and that has a
 * {@linkplain CitizenNotice#fallback() fallback phone} is queued anew for that phone by SMS
 * ({@link CitizenNotice#bySms()}). Thread-safe.
 */
public interface CitizenNotices {

    /**
     * Queues a notice unless one with the same key was queued before; when the recipient's channel is off, its SMS
     * fallback instead, if it has one.
     *
     * @return true when queued; false for a repeated key, or when the recipient's channel is off (SMS gateway, SMTP
     *         or WeChat's customer-service API not configured) and there is no fallback SMS can carry
     */
    boolean enqueue(CitizenNotice notice);

    /**
     * Sends the notices that are due now; the module's sender calls it every poll interval.
     *
     * @return how many were sent
     */
    int sendDue();

    /** @return the notices about a ticket, oldest first */
    List<NoticeRecord> ofTicket(String ticketNo);
}
