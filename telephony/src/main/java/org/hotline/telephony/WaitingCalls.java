package org.hotline.telephony;

import java.time.Instant;

/**
 * The callers waiting in the queues right now, as the AMI events left them.
 *
 * @param count        callers waiting
 * @param oldestSince  when the longest-waiting caller joined its queue, or {@code null} when nobody waits
 */
public record WaitingCalls(int count, Instant oldestSince) {
}
