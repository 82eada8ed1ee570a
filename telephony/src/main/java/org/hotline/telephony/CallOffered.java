package org.hotline.telephony;

import java.time.Instant;

/**
 * The queue rings an agent for a call ({@code AgentCalled}). Only that agent's sessions should see it.
 *
 * @param callId         the call's {@code Linkedid}
 * @param callerNumber   the caller's number
 * @param queue          the queue name
 * @param agent          the agent's console username, or {@code null} when the interface maps to no agent
 * @param agentInterface the rung phone interface, e.g. {@code PJSIP/1001}
 * @param at             when the agent's phone started ringing
 */
public record CallOffered(String callId, String callerNumber, String queue, String agent, String agentInterface,
                          Instant at) {
}
