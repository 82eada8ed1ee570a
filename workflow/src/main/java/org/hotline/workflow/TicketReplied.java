package org.hotline.workflow;

import java.time.Instant;

/**
 * The lead department replied (答复); the reply now waits for review.
 *
 * @param no             ticket number
 * @param departmentCode replying lead department
 * @param at             when
 */
public record TicketReplied(TicketNo no, String departmentCode, Instant at) {
}
