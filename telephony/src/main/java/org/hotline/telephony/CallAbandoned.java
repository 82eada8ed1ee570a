package org.hotline.telephony;

import java.time.Instant;

/**
 * The caller hung up while waiting in a queue ({@code QueueCallerAbandon}).
 *
 * @param callId       the call's {@code Linkedid}
 * @param callerNumber the caller's number, the target of the callback
 * @param queue        the queue name
 * @param holdSeconds  seconds the caller waited
 * @param position     the caller's position when hanging up
 * @param at           when the caller hung up
 */
public record CallAbandoned(String callId, String callerNumber, String queue, int holdSeconds, int position,
                            Instant at) {
}
