package org.hotline.telephony;

import java.time.Instant;

/**
 * A caller stopped waiting in a queue ({@code QueueCallerLeave}), for whatever reason: an agent answered, the caller
 * hung up, or the queue let the caller go. Published before the event that says why, if any.
 *
 * @param callId the call's {@code Linkedid}
 * @param queue  the queue name
 * @param at     when the caller left the queue
 */
public record CallDequeued(String callId, String queue, Instant at) {
}
