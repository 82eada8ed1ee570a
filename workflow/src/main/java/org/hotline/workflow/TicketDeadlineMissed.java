package org.hotline.workflow;

import java.time.Instant;

/**
 * A step's deadline passed without the step: a co-handler's contribution (the co-handling department is escalated,
 * 督办 level 1 against it, and its contribution no longer blocks the lead's reply), or the dispatcher's review or the
 * follow-up with the citizen (the supervisors are alerted; the step goes on). The sign and handle deadlines publish
 * {@link TicketEscalated} instead. Published once per deadline and department.
 *
 * @param no             ticket number
 * @param departmentCode the co-handling department for {@link DeadlineKind#CONTRIBUTION}; null for the center's own
 *                       steps ({@link DeadlineKind#REVIEW}, {@link DeadlineKind#FOLLOW_UP})
 * @param deadlineKind   contribution, review or follow-up
 * @param dueAt          the deadline
 * @param at             when it was recorded as missed
 */
public record TicketDeadlineMissed(TicketNo no, String departmentCode, DeadlineKind deadlineKind, Instant dueAt,
        Instant at) {
}
