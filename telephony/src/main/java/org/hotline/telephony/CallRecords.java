package org.hotline.telephony;

import java.time.Instant;
import java.util.Optional;

/**
 * Read model of calls, and the link between calls and the tickets registered during them. Thread-safe.
 */
public interface CallRecords {

    /** @return the record of the call with this {@code Linkedid}, empty when unknown */
    Optional<CallRecord> find(String callId);

    /** @return one page of records matching the query, newest first */
    CallPage search(CallQuery query);

    /**
     * The caller's history for a screen-pop.
     *
     * @param callerNumber the number as presented, 1..32 characters
     * @param limit        1..100
     * @return the number's most recent calls, newest first
     * @throws IllegalArgumentException when the number is blank or too long, or the limit is out of range
     */
    java.util.List<CallRecord> recentOf(String callerNumber, int limit);

    /**
     * Links a ticket to a call; linking the same pair twice is a no-op.
     *
     * @param ticketNo 1..32 characters
     * @throws UnknownCallException     when no record has this call id
     * @throws IllegalArgumentException when the ticket number is blank or too long
     */
    void linkTicket(String callId, String ticketNo);

    /**
     * @return the GB/T 33358 figures for calls that reached the hotline in {@code [from, to)}
     * @throws IllegalArgumentException when {@code from} is after {@code to} or the range exceeds one year
     */
    CallStats stats(Instant from, Instant to);
}
