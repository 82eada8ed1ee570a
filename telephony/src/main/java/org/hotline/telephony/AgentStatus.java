package org.hotline.telephony;

import java.time.Instant;

/**
 * The state of one agent as the wallboard shows it.
 *
 * @param agent         the agent's console username
 * @param state         current state ({@link AgentState#OFFLINE} once presence expired)
 * @param pauseReason   reason when paused, otherwise {@code null}
 * @param since         when the agent entered this state
 * @param lastHeartbeat the last presence heartbeat, or {@code null} if none was ever received
 */
public record AgentStatus(String agent, AgentState state, String pauseReason, Instant since, Instant lastHeartbeat) {
}
