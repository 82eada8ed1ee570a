package org.hotline.telephony;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
     * @param ticketNo 1..32 characters
     * @return the calls the ticket is linked to (registered during them), oldest first, at most 50
     * @throws IllegalArgumentException when the ticket number is blank or too long
     */
    java.util.List<CallRecord> ofTicket(String ticketNo);

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

    /**
     * The same figures day by day (China time), each day's connection rate standing for its 24-hour rate.
     *
     * @return one entry per day from {@code from} to {@code to} inclusive, oldest first
     * @throws IllegalArgumentException when {@code from} is after {@code to} or the range exceeds one year
     */
    List<CallStats> dailyStats(LocalDate from, LocalDate to);

    /**
     * @param agent only this agent's figures; every agent who answered a call when null
     * @return per agent, by username, the figures of the calls answered in {@code [from, to)}
     * @throws IllegalArgumentException when {@code from} is after {@code to} or the range exceeds one year
     */
    List<AgentCallStats> agentStats(Instant from, Instant to, String agent);
}
