package org.hotline.workflow.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hotline.workflow.Actor;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TicketView;

/**
 * One step of a ticket's lifecycle, always in the same order: the ticket is loaded under a row lock and the action
 * checked ({@link TicketTransitions#begin}); the command changes the row and names what the process does and which
 * events follow; {@link #finish} then updates the row, completes the task or correlates the message, writes the
 * audit entry, publishes the events and logs one line. Lives within one command's transaction; not thread-safe.
 */
final class Transition {
    private final TicketTransitions steps;
    private final TicketRow ticket;
    private final List<CoHandlerRow> coHandlers;
    private final TicketRules.Context context;
    private final Actor actor;
    private final TicketAction action;
    private final Instant now;
    private final TicketStatus from;
    private final List<Runnable> processSteps = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    private String auditAction;
    private String logDetail;

    Transition(TicketTransitions steps, TicketRow ticket, List<CoHandlerRow> coHandlers, TicketRules.Context context,
            Actor actor, TicketAction action, Instant now) {
        this.steps = steps;
        this.ticket = ticket;
        this.coHandlers = coHandlers;
        this.context = context;
        this.actor = actor;
        this.action = action;
        this.now = now;
        this.from = ticket.status;
        this.auditAction = action.verb();
    }

    TicketRow ticket() {
        return ticket;
    }

    List<CoHandlerRow> coHandlers() {
        return coHandlers;
    }

    TicketRules.Context context() {
        return context;
    }

    Actor actor() {
        return actor;
    }

    Instant now() {
        return now;
    }

    TicketStatus from() {
        return from;
    }

    /** Moves the ticket to a status. */
    Transition to(TicketStatus status) {
        ticket.status = status;
        return this;
    }

    /** Completes the ticket's open task {@code taskKey} with an outcome and further variables. */
    Transition complete(String taskKey, ProcessOutcome outcome, Map<String, Object> variables) {
        Map<String, Object> all = outcome.variables();
        all.putAll(variables);
        return completeTask(taskKey, null, all);
    }

    /** Completes the ticket's open task {@code taskKey} with an outcome. */
    Transition complete(String taskKey, ProcessOutcome outcome) {
        return completeTask(taskKey, null, outcome.variables());
    }

    /** Completes the open task {@code taskKey} assigned to {@code assignee} (a co-handler's share). */
    Transition completeTask(String taskKey, String assignee, Map<String, Object> variables) {
        processSteps.add(() -> steps.process().complete(ticket, taskKey, assignee, variables));
        return this;
    }

    /** Correlates a message to the ticket's process instance. */
    Transition correlate(String message, Map<String, Object> variables) {
        processSteps.add(() -> steps.process().correlate(ticket, message, variables));
        return this;
    }

    /** Correlates a message to every subscription of the ticket's process instance (e.g. all its running clocks). */
    Transition correlateAll(String message, Map<String, Object> variables) {
        processSteps.add(() -> steps.process().correlateAll(ticket, message, variables));
        return this;
    }

    /** Publishes an event once the step is written. */
    Transition publish(Object event) {
        events.add(event);
        return this;
    }

    /** Audits under another action word than the command's verb (e.g. a follow-up that closes). */
    Transition auditAs(String action) {
        this.auditAction = action;
        return this;
    }

    /** Adds an operator-facing detail to the log line; never personal data. */
    Transition log(String detail) {
        this.logDetail = detail;
        return this;
    }

    /**
     * Writes the step: row, process, audit (with {@code note}), events, log.
     *
     * @return the ticket as the actor now sees it
     */
    TicketView finish(String note) {
        steps.tickets().update(ticket);
        processSteps.forEach(Runnable::run);
        steps.audit(ticket, actor, now, auditAction, from, ticket.status, note);
        events.forEach(steps.events()::publishEvent);
        steps.logged(this, action, logDetail);
        return steps.view(ticket, actor, now);
    }
}
