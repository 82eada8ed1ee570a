package org.hotline.workflow;

import java.time.Instant;

/**
 * 80 % of a deadline's time has passed without the expected step.
 *
 * @param no             ticket number
 * @param departmentCode department responsible: the lead for sign and handle, the co-handling department for a
 *                       contribution; null for the center's own steps (review, follow-up: the dispatchers' work)
 * @param deadlineKind   which deadline
 * @param dueAt          the deadline
 * @param at             when the warning was raised
 */
public record TicketWarned(TicketNo no, String departmentCode, DeadlineKind deadlineKind, Instant dueAt, Instant at) {
}
