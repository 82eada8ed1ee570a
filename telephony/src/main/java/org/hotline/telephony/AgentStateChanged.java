package org.hotline.telephony;

import java.time.Instant;

/**
 * An agent's seat changed state. Published once per actual change (setting the same state again is silent).
 *
 * @param agent       the agent's console username
 * @param state       the new state
 * @param pauseReason the reason when {@code state} is {@link AgentState#PAUSED}, otherwise {@code null}
 * @param at          when the change happened
 */
public record AgentStateChanged(String agent, AgentState state, String pauseReason, Instant at) {
}
