package org.hotline.telephony;

import java.util.Optional;

/**
 * Why a caller left the queue unanswered. Each is counted apart; all are unanswered calls for the connection rate
 * and all get a callback.
 */
public enum QueueExit {
    /** the caller hung up while waiting ({@code QueueCallerAbandon}) */
    ABANDONED,
    /** the queue's timeout dropped the caller ({@code QUEUESTATUS=TIMEOUT}): the caller did not give up */
    TIMEOUT,
    /** the queue was full and did not take the caller ({@code QUEUESTATUS=FULL}) */
    FULL,
    /** no agent could take calls, so the queue did not keep the caller ({@code JOINEMPTY}, {@code LEAVEEMPTY},
     *  {@code JOINUNAVAIL}, {@code LEAVEUNAVAIL}) */
    LEFT_EMPTY;

    /**
     * @param queueStatus the value of the dialplan variable {@code QUEUESTATUS} that {@code Queue()} sets
     * @return the exit it names; empty for {@code CONTINUE} (answered) and unknown values
     */
    public static Optional<QueueExit> ofQueueStatus(String queueStatus) {
        if (queueStatus == null) {
            return Optional.empty();
        }
        return switch (queueStatus.trim()) {
            case "TIMEOUT" -> Optional.of(TIMEOUT);
            case "FULL" -> Optional.of(FULL);
            case "JOINEMPTY", "LEAVEEMPTY", "JOINUNAVAIL", "LEAVEUNAVAIL" -> Optional.of(LEFT_EMPTY);
            default -> Optional.empty();
        };
    }
}
