package org.hotline.workflow;

import java.time.Instant;

/**
 * A ticket was escalated (督办): a deadline passed or a supervisor escalated it. Published for every such act; the
 * 督办 level it issued (a chain's first, or a supervisor's raise of an open chain) follows as
 * {@link EscalationLevelRaised}, and a deadline passing while a chain is still unanswered issues no new level.
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
