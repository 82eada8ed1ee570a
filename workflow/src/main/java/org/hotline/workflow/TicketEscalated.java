package org.hotline.workflow;

import java.time.Instant;

/**
 * A ticket was escalated (督办): a deadline passed or a supervisor escalated it.
 *
 * @param no             ticket number
 * @param departmentCode department responsible
 * @param reason         automatic or manual
 * @param escalatedBy    supervisor's username, {@code system} for automatic escalations
 * @param deadlineKind   the deadline that passed; null for manual escalations
 * @param at             when
 */
public record TicketEscalated(TicketNo no, String departmentCode, EscalationReason reason, String escalatedBy,
        DeadlineKind deadlineKind, Instant at) {
}
