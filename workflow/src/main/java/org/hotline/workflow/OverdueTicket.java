package org.hotline.workflow;

import java.time.Instant;

/**
 * A ticket past its deadline, as a line of a report's overdue list: its deadlines and where it lies, nothing
 * personal.
 *
 * @param signDueAt   the sign deadline, null before dispatch
 * @param handleDueAt the handle deadline, null before dispatch
 */
public record OverdueTicket(TicketNo ticketNo, TicketStatus status, Instant registeredAt, String categoryCode,
        String districtCode, String departmentCode, Instant signDueAt, Instant handleDueAt, int escalationCount) {
}
