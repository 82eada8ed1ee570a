package org.hotline.telephony;

import java.time.Instant;

/**
 * An agent answered a queue call ({@code AgentConnect}): the moment for the screen-pop. Only the agent named here
 * should receive it.
 *
 * @param callId         the call's {@code Linkedid}
 * @param linkedId       the Asterisk {@code Linkedid} (equal to {@code callId}; kept for correlation in logs)
 * @param callerNumber   the caller's number
 * @param callerName     the presented caller name, or {@code null}
 * @param queue          the queue name
 * @param agent          the agent's console username, e.g. {@code agent1}; {@code null} when the interface maps to
 *                       no configured agent
 * @param agentInterface the answering phone interface, e.g. {@code PJSIP/1001}
 * @param holdSeconds    seconds the caller waited in the queue
 * @param ivrChoice      the caller's IVR menu choice, or {@code null} when none was made
 * @param at             when the call was answered
 */
public record CallAnswered(String callId, String linkedId, String callerNumber, String callerName, String queue,
                           String agent, String agentInterface, int holdSeconds, IvrChoice ivrChoice, Instant at) {
}
