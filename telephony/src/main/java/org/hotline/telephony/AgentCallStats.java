package org.hotline.telephony;

/**
 * One agent's GB/T 33358 figures over a period: the calls the agent answered.
 *
 * @param agent                the agent's username
 * @param answered             calls the agent answered
 * @param answeredWithin15s    of those, answered within the service level (15 s) of waiting
 * @param serviceLevel15s      answeredWithin15s / answered
 * @param averageSpeedOfAnswer mean wait of those calls, seconds
 * @param averageHandleTime    mean talk plus wrap-up time of the ended ones, seconds
 */
public record AgentCallStats(String agent, long answered, long answeredWithin15s, double serviceLevel15s,
                             double averageSpeedOfAnswer, double averageHandleTime) {
}
