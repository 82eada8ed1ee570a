package org.hotline.workflow.ticket;

import java.time.Instant;
import java.util.EnumSet;
import org.hotline.workflow.Actor;
import org.hotline.workflow.DeadlineKind;
import org.hotline.workflow.EscalationReason;
import org.hotline.workflow.TicketDeadlineMissed;
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
 * escalation starts a 督办 chain at level 1 unless one is still unanswered ({@link TicketEscalations}).
 *
 * <p>The steps that are not the lead department's deadline: a co-handler's contribution warns each co-handler yet
 * to contribute ({@link TicketWarned} to that department) and, when missed, records it as missed, starts a 督办
 * chain against that department and publishes {@link TicketDeadlineMissed}; the dispatcher's review and the
 * follow-up warn the dispatchers and, when missed, alert the supervisors ({@link TicketDeadlineMissed}). These
 * leave the ticket's {@code warned}/{@code escalated} flags (the lead department's) alone. Internal to the workflow
 * module (called by the process package); thread-safe.
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
     * @param kind       which deadline
     * @param escalation true at 100 % (escalation, or the missed deadline), false at 80 % (warning)
     * @param dueAt      the deadline concerned
     */
    @Transactional
    public void raise(String ticketNo, DeadlineKind kind, boolean escalation, Instant dueAt) {
        TicketRow ticket = tickets.findForUpdate(ticketNo);
        if (ticket == null || !inPhase(ticket.status, kind)) {
            return;
        }
        switch (kind) {
            case CONTRIBUTION -> contributions(ticket, escalation, dueAt);
            case REVIEW, FOLLOW_UP -> centerStep(ticket, kind, escalation, dueAt);
            default -> leadDeadline(ticket, kind, escalation, dueAt);
        }
    }

    private void leadDeadline(TicketRow ticket, DeadlineKind kind, boolean escalation, Instant dueAt) {
        String ticketNo = ticket.ticketNo;
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

    /**
     * Every co-handler yet to contribute (and not yet warned, or not yet missed) is warned, or recorded as missed and
     * escalated: 督办 level 1 against that department unless one of its chains on this ticket is still unanswered.
     */
    private void contributions(TicketRow ticket, boolean missed, Instant dueAt) {
        Instant now = clock.now();
        Actor system = Actor.system();
        for (CoHandlerRow co : details.findCoHandlers(ticket.ticketNo)) {
            if (co.settled() || co.dueAt() == null || (!missed && co.warnedAt() != null)) {
                continue;
            }
            String department = co.departmentCode();
            if (missed) {
                details.markContributionMissed(ticket.ticketNo, department, now);
                String chain = escalations.contributionMissed(ticket, department, now)
                        .map(issued -> "; " + issued.describe()).orElse("");
                details.insertAudit(ticket.ticketNo, now, system.username(), system.role(), "deadline-missed",
                        ticket.status, ticket.status,
                        "contribution deadline " + dueAt + " of " + department + " passed" + chain);
                events.publishEvent(new TicketDeadlineMissed(ticket.no(), department, DeadlineKind.CONTRIBUTION,
                        dueAt, now));
                log.info("ticket {} contribution of {} missed (deadline {}); the lead may reply without it",
                        ticket.ticketNo, department, dueAt);
            } else {
                details.markContributionWarned(ticket.ticketNo, department, now);
                details.insertAudit(ticket.ticketNo, now, system.username(), system.role(), "warn", ticket.status,
                        ticket.status, "contribution deadline " + dueAt + " of " + department + " approaching");
                events.publishEvent(new TicketWarned(ticket.no(), department, DeadlineKind.CONTRIBUTION, dueAt, now));
                log.info("ticket {} warned: contribution deadline {} approaching (co-handler {})", ticket.ticketNo,
                        dueAt, department);
            }
        }
    }

    /** The dispatchers' own steps: review and follow-up. Warned to the dispatchers, missed to the supervisors. */
    private void centerStep(TicketRow ticket, DeadlineKind kind, boolean missed, Instant dueAt) {
        Instant now = clock.now();
        Actor system = Actor.system();
        boolean review = kind == DeadlineKind.REVIEW;
        String what = review ? "review" : "follow-up";
        if (missed) {
            if (review) {
                ticket.reviewMissedAt = now;
            } else {
                ticket.followUpMissedAt = now;
            }
            tickets.update(ticket);
            details.insertAudit(ticket.ticketNo, now, system.username(), system.role(), "deadline-missed",
                    ticket.status, ticket.status, what + " deadline " + dueAt + " passed");
            events.publishEvent(new TicketDeadlineMissed(ticket.no(), null, kind, dueAt, now));
            log.info("ticket {} {} deadline {} passed", ticket.ticketNo, what, dueAt);
        } else {
            if (review) {
                ticket.reviewWarnedAt = now;
            } else {
                ticket.followUpWarnedAt = now;
            }
            tickets.update(ticket);
            details.insertAudit(ticket.ticketNo, now, system.username(), system.role(), "warn", ticket.status,
                    ticket.status, what + " deadline " + dueAt + " approaching");
            events.publishEvent(new TicketWarned(ticket.no(), null, kind, dueAt, now));
            log.info("ticket {} warned: {} deadline {} approaching", ticket.ticketNo, what, dueAt);
        }
    }

    private static boolean inPhase(TicketStatus status, DeadlineKind kind) {
        return switch (kind) {
            case SIGN -> status == TicketStatus.DISPATCHED;
            case HANDLE, CONTRIBUTION -> EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.EXTENSION_REQUESTED)
                    .contains(status);
            case REVIEW -> status == TicketStatus.REPLIED;
            case FOLLOW_UP -> status == TicketStatus.FOLLOW_UP;
        };
    }
}
