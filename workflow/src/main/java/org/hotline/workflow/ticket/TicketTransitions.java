package org.hotline.workflow.ticket;

import java.time.Instant;
import java.util.List;
import org.hotline.workflow.Actor;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketNotFoundException;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Begins and writes {@link Transition}s: the one way a command changes a ticket. Every method joins the caller's
 * transaction. Thread-safe.
 */
@Component
class TicketTransitions {
    private static final Logger log = LoggerFactory.getLogger(TicketTransitions.class);

    private final TicketMapper tickets;
    private final TicketDetailMapper details;
    private final TicketProcess process;
    private final TicketViews views;
    private final ApplicationEventPublisher events;
    private final EngineClock clock;

    TicketTransitions(TicketMapper tickets, TicketDetailMapper details, TicketProcess process, TicketViews views,
            ApplicationEventPublisher events, EngineClock clock) {
        this.tickets = tickets;
        this.details = details;
        this.process = process;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Loads the ticket under a row lock and checks that the actor may take the action in its status.
     *
     * @throws TicketNotFoundException when unknown or invisible to the actor
     * @throws org.hotline.workflow.ActionNotPermittedException   when the role may not take the action
     * @throws org.hotline.workflow.InvalidTransitionException    when the status does not allow it
     */
    Transition begin(TicketNo no, Actor actor, TicketAction action) {
        Transition transition = load(no, actor, action);
        TicketRules.check(action, transition.context());
        return transition;
    }

    /** Loads the ticket under a row lock without checking an action (the other side of a merge). */
    Transition load(TicketNo no, Actor actor, TicketAction action) {
        TicketRow t = tickets.findForUpdate(no.toString());
        if (t == null) {
            throw new TicketNotFoundException(no);
        }
        List<CoHandlerRow> coHandlers = details.findCoHandlers(t.ticketNo);
        if (!TicketViews.visible(t, coHandlers, actor)) {
            throw new TicketNotFoundException(no);
        }
        return new Transition(this, t, coHandlers, views.context(t, coHandlers, actor), actor, action, clock.now());
    }

    void audit(TicketRow t, Actor actor, Instant at, String action, TicketStatus from, TicketStatus to, String note) {
        details.insertAudit(t.ticketNo, at, actor.username(), actor.role(), action, from, to, note);
    }

    TicketView view(TicketRow t, Actor actor, Instant now) {
        return views.view(t, details.findCoHandlers(t.ticketNo), actor, now);
    }

    void logged(Transition step, TicketAction action, String detail) {
        Actor actor = step.actor();
        log.info("ticket {} {} by {}{}: {} -> {}{}", step.ticket().ticketNo, action.verb(), actor.username(),
                actor.departmentCode() == null ? "" : " (" + actor.departmentCode() + ")", step.from(),
                step.ticket().status, detail == null ? "" : ", " + detail);
    }

    TicketMapper tickets() {
        return tickets;
    }

    TicketDetailMapper details() {
        return details;
    }

    TicketProcess process() {
        return process;
    }

    ApplicationEventPublisher events() {
        return events;
    }

    EngineClock clock() {
        return clock;
    }
}
