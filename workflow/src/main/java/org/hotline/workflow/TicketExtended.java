package org.hotline.workflow;

import java.time.Instant;

/**
 * The dispatcher approved a department's extension (延期): the handle deadline moved.
 *
 * @param no             ticket number
 * @param departmentCode the department that asked
 * @param workingDays    working days granted
 * @param handleDueAt    the new handle deadline
 * @param at             when
 */
public record TicketExtended(TicketNo no, String departmentCode, int workingDays, Instant handleDueAt, Instant at) {
}
