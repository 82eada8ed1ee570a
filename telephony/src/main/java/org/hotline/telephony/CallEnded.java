package org.hotline.telephony;

import java.time.Instant;

/**
 * The last channel of a call hung up (or the call vanished while the AMI link was down).
 *
 * @param callId      the call's {@code Linkedid}
 * @param talkSeconds seconds the caller talked with an agent, 0 when never answered
 * @param cause       the hang-up cause text, e.g. {@code "Normal Clearing"}; {@code "vanished"} when reconciliation
 *                    found the call gone
 * @param disposition how the call ended
 * @param at          when it ended
 * @param agent       the agent who talked with the caller, or {@code null}
 */
public record CallEnded(String callId, int talkSeconds, String cause, Disposition disposition, Instant at,
                        String agent) {
}
