package org.hotline.telephony;

import java.time.Instant;

/**
 * A call-back owed to a citizen whose call was abandoned.
 *
 * @param id           the task id
 * @param callerNumber the number to call back
 * @param callId       the most recent abandoned call of this number
 * @param queue        the queue the caller left
 * @param abandons     how many abandoned calls of this number the task covers (one task per number per window)
 * @param status       the task's status
 * @param agent        the agent who took it, or {@code null}
 * @param createdAt    when the first abandon of the window happened
 * @param updatedAt    last change
 * @param attempts     dialling attempts with a recorded outcome
 * @param lastOutcome  the outcome of the last attempt, or {@code null}
 * @param lastNote     the note of the last attempt, or {@code null}
 * @param lastAgent    the agent of the last attempt with an outcome, or {@code null}
 */
public record CallbackTask(long id, String callerNumber, String callId, String queue, int abandons,
                           CallbackStatus status, String agent, Instant createdAt, Instant updatedAt, int attempts,
                           CallbackOutcome lastOutcome, String lastNote, String lastAgent) {
}
