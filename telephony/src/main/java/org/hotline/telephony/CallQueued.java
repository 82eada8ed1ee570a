package org.hotline.telephony;

import java.time.Instant;

/**
 * A call joined an agent queue ({@code QueueCallerJoin}).
 *
 * @param callId       the call's {@code Linkedid}
 * @param callerNumber the caller's number
 * @param callerName   the presented caller name, or {@code null}
 * @param queue        the queue name
 * @param position     position in the queue at join time, 1 = first
 * @param at           when the call joined
 */
public record CallQueued(String callId, String callerNumber, String callerName, String queue, int position,
                         Instant at) {
}
