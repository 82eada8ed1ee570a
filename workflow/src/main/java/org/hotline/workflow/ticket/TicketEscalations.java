package org.hotline.workflow.ticket;

import java.time.Instant;
import java.util.Optional;
import org.hotline.workflow.Actor;
import org.hotline.workflow.DeadlineKind;
import org.hotline.workflow.EscalationReason;
import org.hotline.workflow.InvalidTransitionException;
import org.hotline.workflow.MergedTicketClosed;
import org.hotline.workflow.TicketClosed;
import org.hotline.workflow.TicketMerged;
import org.hotline.workflow.escalation.EscalationChains;
import org.hotline.workflow.escalation.EscalationChains.Issued;
import org.hotline.workflow.escalation.EscalationRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket's side of 督办 chains (see {@code org.hotline.workflow.escalation}): starts and raises them from the
 * deadline alarms and the supervisor's escalation, answers them for the department, runs the steps the chain's
 * timers take under the ticket's row lock with an audit entry, and ends them when the ticket closes. Public for the
 * process package's delegate only; thread-safe.
 */
@Component
public class TicketEscalations {
    private static final Logger log = LoggerFactory.getLogger(TicketEscalations.class);

    private final EscalationChains chains;
    private final TicketMapper tickets;
    private final TicketDetailMapper details;
    private final EngineClock clock;

    TicketEscalations(EscalationChains chains, TicketMapper tickets, TicketDetailMapper details, EngineClock clock) {
        this.chains = chains;
        this.tickets = tickets;
        this.details = details;
        this.clock = clock;
    }

    /**
     * A deadline of a locked ticket passed: starts a chain against the lead department at level 1, unless one
     * against it is still unanswered (the department already owes feedback, and its chain runs on).
     *
     * @return the level issued, for the audit note, or empty
     */
    Optional<Issued> deadlinePassed(TicketRow t, DeadlineKind kind, Instant now) {
        return automatic(t, t.departmentCode, kind, now);
    }

    /**
     * A co-handler's contribution deadline passed: starts a chain against that co-handling department at level 1,
     * unless one against it is still unanswered.
     *
     * @return the level issued, for the audit note, or empty
     */
    Optional<Issued> contributionMissed(TicketRow t, String coHandlerDepartmentCode, Instant now) {
        return automatic(t, coHandlerDepartmentCode, DeadlineKind.CONTRIBUTION, now);
    }

    private Optional<Issued> automatic(TicketRow t, String department, DeadlineKind kind, Instant now) {
        if (department == null || chains.unanswered(t.ticketNo, department).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(chains.start(t.no(), department, 1, EscalationReason.AUTOMATIC, kind,
                Actor.system().username(), now));
    }

    /**
     * A supervisor escalates the lead department: a new chain at {@code level} (default 1), or its unanswered chain
     * raised to {@code level} (default its next level).
     *
     * @throws org.hotline.workflow.InvalidTicketException when the level is not configured
     * @throws InvalidTransitionException                  when the unanswered chain is already at or above it
     */
    Issued byHand(Transition step, Integer level) {
        TicketRow t = step.ticket();
        String by = step.actor().username();
        Optional<EscalationRow> unanswered = chains.unanswered(t.ticketNo, t.departmentCode);
        if (unanswered.isEmpty()) {
            return chains.start(t.no(), t.departmentCode, chains.level(level, 1), EscalationReason.MANUAL, null, by,
                    step.now());
        }
        EscalationRow chain = unanswered.get();
        int highest = chains.levels().size();
        if (level == null && chain.currentLevel() >= highest) {
            throw new InvalidTransitionException(t.no(), t.status, TicketAction.ESCALATE.verb(),
                    "the open 督办 is already at the highest level " + highest);
        }
        int target = chains.level(level, chain.currentLevel() + 1);
        if (target <= chain.currentLevel()) {
            throw new InvalidTransitionException(t.no(), t.status, TicketAction.ESCALATE.verb(),
                    "the open 督办 is already at level " + chain.currentLevel());
        }
        return chains.raiseByHand(chain, target, by, step.now());
    }

    /** The department answers its unanswered chain (the rules checked that one awaits it). */
    void answer(Transition step, String text) {
        EscalationRow chain = chains.unanswered(step.ticket().ticketNo, step.actor().departmentCode()).orElseThrow();
        chains.answer(chain, step.actor().username(), text, step.now());
    }

    /**
     * The chain's current feedback window passed unanswered ({@code Task_RecordMissedFeedback}).
     *
     * @return whether the next level follows
     */
    @Transactional
    public boolean feedbackMissed(String ticketNo, long escalationId) {
        TicketRow t = tickets.findForUpdate(ticketNo);
        Instant now = clock.now();
        EscalationChains.Missed missed = chains.missFeedback(escalationId, now);
        if (missed == null) {
            return false;
        }
        audit(t, now, "escalation-missed", "督办 level " + missed.level() + " feedback due " + missed.feedbackDueAt()
                + " not received" + (missed.nextLevelFollows() ? "" : "; no higher level, the 督办 stays overdue"));
        log.info("ticket {} 督办 level {} feedback missed (department {})", ticketNo, missed.level(),
                t.departmentCode);
        return missed.nextLevelFollows();
    }

    /**
     * Issues the next level after a missed window ({@code Task_RaiseNextLevel}).
     *
     * @return the new window's end, ISO-8601, for the process's timer
     */
    @Transactional
    public String raiseNextLevel(String ticketNo, long escalationId) {
        TicketRow t = tickets.findForUpdate(ticketNo);
        Instant now = clock.now();
        Issued issued = chains.raiseNext(escalationId, now);
        audit(t, now, "escalate-level", issued.describe());
        log.info("ticket {} raised to 督办 level {} (department {}), feedback due {}", ticketNo,
                issued.setting().level(), t.departmentCode, issued.feedbackDueAt());
        return TicketProcess.iso(issued.feedbackDueAt());
    }

    @EventListener
    void on(TicketClosed event) {
        chains.endWithTicket(event.no().toString(), event.at());
    }

    @EventListener
    void on(MergedTicketClosed event) {
        chains.endWithTicket(event.duplicateNo().toString(), event.at());
    }

    @EventListener
    void on(TicketMerged event) {
        chains.endWithTicket(event.duplicateNo().toString(), event.at());
    }

    private void audit(TicketRow t, Instant now, String action, String note) {
        Actor system = Actor.system();
        details.insertAudit(t.ticketNo, now, system.username(), system.role(), action, t.status, t.status, note);
    }
}
