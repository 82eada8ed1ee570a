package org.hotline.workflow;

import java.time.Instant;

/**
 * A department signed for (签收) a ticket.
 *
 * @param no             ticket number
 * @param departmentCode the signing department
 * @param lead           true for the lead department, false for a co-handler (协办)
 * @param at             when
 */
public record TicketSigned(TicketNo no, String departmentCode, boolean lead, Instant at) {
}
