package org.hotline.workflow;

import java.time.Instant;

/**
 * 80 % of a deadline's time has passed without the expected step.
 *
 * @param no             ticket number
 * @param departmentCode department responsible
 * @param deadlineKind   sign or handle deadline
 * @param dueAt          the deadline
 * @param at             when the warning was raised
 */
public record TicketWarned(TicketNo no, String departmentCode, DeadlineKind deadlineKind, Instant dueAt, Instant at) {
}
