package org.hotline.telephony;

import java.time.Instant;

/**
 * A step of a department transfer of a live call: ordered, then (attended) completed, failed or cancelled.
 *
 * @param callId     the call's {@code Linkedid}
 * @param department the department code whose live window is the target
 * @param target     the dialled live-window extension
 * @param mode       blind or attended
 * @param outcome    this step
 * @param actor      the console username who ordered the transfer
 * @param at         when
 */
public record CallTransferred(String callId, String department, String target, TransferMode mode,
                              TransferOutcome outcome, String actor, Instant at) {
}
