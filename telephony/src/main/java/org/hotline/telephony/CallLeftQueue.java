package org.hotline.telephony;

import java.time.Instant;

/**
 * The queue let a caller go unanswered without the caller hanging up: its timeout passed, it was full, or no agent
 * could take calls ({@code Queue()} set {@code QUEUESTATUS}). A caller who hung up is {@link CallAbandoned} instead.
 *
 * @param callId       the call's {@code Linkedid}
 * @param callerNumber the caller's number, the target of the callback
 * @param queue        the queue name, or null when the queue never took the call
 * @param exit         why: {@link QueueExit#TIMEOUT}, {@link QueueExit#FULL} or {@link QueueExit#LEFT_EMPTY}
 * @param holdSeconds  seconds the caller waited in the queue (0 when it never joined)
 * @param at           when
 */
public record CallLeftQueue(String callId, String callerNumber, String queue, QueueExit exit, int holdSeconds,
                            Instant at) {
}
