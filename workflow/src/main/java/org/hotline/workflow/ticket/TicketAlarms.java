package org.hotline.workflow.ticket;

import java.time.Instant;
import java.util.EnumSet;
import org.hotline.workflow.Actor;
import org.hotline.workflow.DeadlineKind;
import org.hotline.workflow.EscalationReason;
import org.hotline.workflow.TicketEscalated;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TicketWarned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises deadline warnings (80 %) and automatic escalations (100 %) fired by the process timers: marks the ticket,
 * writes the audit trail as {@code system} and publishes {@link TicketWarned} / {@link TicketEscalated}; an
 * escalation starts a 督办 chain at level 1 unless one is still unanswered ({@link TicketEscalations}). Internal to
 * the workflow module (called by the process package); thread-safe.
 */
@Component
public class TicketAlarms {
    private static final Logger log = LoggerFactory.getLogger(TicketAlarms.class);

    private final TicketMapper tickets;
    private final TicketDetailMapper details;
    private final ApplicationEventPublisher events;
    private final EngineClock clock;
    private final TicketEscalations escalations;

    TicketAlarms(TicketMapper tickets, TicketDetailMapper details, ApplicationEventPublisher events,
            EngineClock clock, TicketEscalations escalations) {
        this.tickets = tickets;
        this.details = details;
        this.events = events;
        this.clock = clock;
        this.escalations = escalations;
    }

    /**
     * Raises one alarm, unless the ticket has meanwhile left the phase the deadline belongs to.
     *
     * @param ticketNo   the ticket (process business key)
     * @param kind       sign or handle deadline
     * @param escalation true at 100 % (escalation), false at 80 % (warning)
     * @param dueAt      the deadline concerned
     */
    @Transactional
    public void raise(String ticketNo, DeadlineKind kind, boolean escalation, Instant dueAt) {
        TicketRow ticket = tickets.findForUpdate(ticketNo);
        if (ticket == null || !inPhase(ticket.status, kind)) {
            return;
        }
        Instant now = clock.now();
        Actor system = Actor.system();
        String what = kind == DeadlineKind.SIGN ? "sign" : "handle";
        if (escalation) {
            ticket.escalated = true;
            ticket.escalationCount++;
            tickets.update(ticket);
            String chain = escalations.deadlinePassed(ticket, kind, now).map(issued -> "; " + issued.describe())
                    .orElse("");
            details.insertAudit(ticketNo, now, system.username(), system.role(), "escalate", ticket.status,
                    ticket.status, what + " deadline " + dueAt + " passed" + chain);
            events.publishEvent(new TicketEscalated(ticket.no(), ticket.departmentCode, EscalationReason.AUTOMATIC,
                    system.username(), kind, now));
            log.info("ticket {} escalated: {} deadline passed (department {})", ticketNo, what,
                    ticket.departmentCode);
        } else {
            ticket.warned = true;
            tickets.update(ticket);
            details.insertAudit(ticketNo, now, system.username(), system.role(), "warn", ticket.status,
                    ticket.status, what + " deadline " + dueAt + " approaching");
            events.publishEvent(new TicketWarned(ticket.no(), ticket.departmentCode, kind, dueAt, now));
            log.info("ticket {} warned: {} deadline {} approaching (department {})", ticketNo, what, dueAt,
                    ticket.departmentCode);
        }
    }

    private static boolean inPhase(TicketStatus status, DeadlineKind kind) {
        if (kind == DeadlineKind.SIGN) {
            return status == TicketStatus.DISPATCHED;
        }
        return EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.EXTENSION_REQUESTED).contains(status);
    }
}
