package org.hotline.workflow;

import java.time.Instant;

/**
 * A department returned (退单) a ticket to the dispatcher.
 *
 * @param no             ticket number
 * @param departmentCode the returning department
 * @param at             when
 */
public record TicketReturned(TicketNo no, String departmentCode, Instant at) {
}
