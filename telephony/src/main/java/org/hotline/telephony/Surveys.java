package org.hotline.telephony;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The post-call IVR survey scores, each kept with its call and the agent who took the call, whatever becomes of the
 * tickets registered during the call. Thread-safe.
 */
public interface Surveys {

    /**
     * Keeps the score of a call. A call is surveyed once: a second score for the same call is ignored and the first
     * one returned. The agent is the one the call record names at this moment.
     *
     * @param callId the call's {@code Linkedid}, 1..64 characters
     * @return the score kept for the call
     * @throws IllegalArgumentException when the call id is blank or too long or the score is outside 1..5
     */
    SurveyScore record(String callId, int score);

    /** @return the score of this call, empty when it was not surveyed */
    Optional<SurveyScore> ofCall(String callId);

    /**
     * @param ticketNo a ticket number, as linked to calls
     * @return the latest score among the calls the ticket is linked to, empty when none of them was surveyed
     */
    Optional<SurveyScore> latestForTicket(String ticketNo);

    /**
     * Satisfaction per agent of the surveys answered in {@code [from, to)}, ordered by agent.
     *
     * @param agent only this agent, or {@code null} for every agent
     * @throws IllegalArgumentException when {@code from} is after {@code to} or the range exceeds one year
     */
    List<AgentSatisfaction> satisfaction(Instant from, Instant to, String agent);
}
