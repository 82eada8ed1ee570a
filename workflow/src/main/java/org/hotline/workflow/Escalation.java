package org.hotline.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A 督办 chain on one ticket: levels issued one after another until the department answers. A ticket has at most
 * one open (or overdue) chain at a time; answered and ended chains stay as history. Immutable.
 *
 * @param id             the chain's id
 * @param ticketNo       the ticket
 * @param departmentCode the department that must answer (the ticket's lead when the chain started)
 * @param reason         a deadline passed, or a supervisor escalated by hand
 * @param deadlineKind   the deadline that passed; null for manual chains
 * @param startedBy      supervisor's username, {@code system} for deadline chains
 * @param startedAt      when the chain started
 * @param status         where it stands
 * @param currentLevel   the highest level issued
 * @param feedbackDueAt  the current level's feedback deadline
 * @param endedAt        when it was answered or ended, or null
 * @param levels         the levels issued, lowest first (a manual chain may start above level 1)
 */
public record Escalation(long id, TicketNo ticketNo, String departmentCode, EscalationReason reason,
        DeadlineKind deadlineKind, String startedBy, Instant startedAt, EscalationStatus status, int currentLevel,
        Instant feedbackDueAt, Instant endedAt, List<EscalationLevel> levels) {

    public Escalation {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
