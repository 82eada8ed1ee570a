package org.hotline.workflow.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Closure;
import org.hotline.workflow.FollowUp;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.InvalidTransitionException;
import org.hotline.workflow.MergedTicketClosed;
import org.hotline.workflow.ReviewDecision;
import org.hotline.workflow.TicketClosed;
import org.hotline.workflow.TicketFollowedUp;
import org.hotline.workflow.TicketMerged;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketReachedFollowUp;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.Validation;
import org.hotline.workflow.sla.Deadline;
import org.springframework.stereotype.Component;

/**
 * Closing: the dispatcher's review of the reply, the follow-up with the citizen, merging duplicates and closing
 * (normally, administratively, or together with the main ticket). Thread-safe.
 */
@Component
class ClosingCommands {
    /** Satisfaction from which a follow-up closes the ticket as satisfied. */

    private final TicketTransitions steps;
    private final StepDeadlines deadlines;

    ClosingCommands(TicketTransitions steps, StepDeadlines deadlines) {
        this.steps = steps;
        this.deadlines = deadlines;
    }

    TicketView review(TicketNo no, ReviewDecision decision, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.REVIEW);
        decision.validate();
        String note = Texts.blankToNull(decision.note());
        TicketRow t = step.ticket();
        if (decision.accepted()) {
            Deadline followUp = deadlines.startFollowUp(t, step.now());
            return step.to(TicketStatus.FOLLOW_UP)
                    .complete(TicketProcess.TASK_REVIEW, ProcessOutcome.ACCEPTED,
                            TicketProcess.followUpVariables(followUp))
                    .publish(new TicketReachedFollowUp(t.no(), t.departmentCode, t.channel, t.citizenPhone,
                            t.confidential, followUp.dueAt(), step.now()))
                    .log("accepted, follow-up due " + followUp.dueAt()).finish(Texts.join("accepted", note));
        }
        return step.to(TicketStatus.IN_PROGRESS).complete(TicketProcess.TASK_REVIEW, ProcessOutcome.SENT_BACK)
                .log("sent back").finish(Texts.join("sent back", note));
    }

    TicketView followUp(TicketNo no, FollowUp followUp, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.FOLLOW_UP);
        followUp.validate();
        TicketRow t = step.ticket();
        t.satisfaction = followUp.satisfaction();
        String note = "satisfaction " + followUp.satisfaction() + " via " + followUp.via().jsonValue();
        String comment = Texts.blankToNull(followUp.comment());
        if (comment != null) {
            steps.details().insertNote(t.ticketNo, NoteKind.FOLLOW_UP, null, actor.username(), comment, step.now());
            note = note + ": " + comment;
        }
        if (followUp.satisfaction() >= FollowUp.SATISFIED_FROM) {
            step.publish(followedUp(t, followUp, false, step)).complete(TicketProcess.TASK_FOLLOW_UP, ProcessOutcome.SATISFIED);
            return close(step, Closure.SATISFIED, note);
        }
        if (t.reopenCount == 0) {
            t.reopenCount = 1;
            Deadline handle = deadlines.startHandle(t, step.now());
            return step.to(TicketStatus.IN_PROGRESS).publish(followedUp(t, followUp, true, step))
                    .complete(TicketProcess.TASK_FOLLOW_UP, ProcessOutcome.REOPENED,
                            TicketProcess.handleVariables(handle.warnAt(), handle.dueAt()))
                    .log("reopened after dissatisfaction").finish(note + "; reopened");
        }
        step.publish(followedUp(t, followUp, false, step))
                .complete(TicketProcess.TASK_FOLLOW_UP, ProcessOutcome.UNSATISFIED);
        return close(step, Closure.UNSATISFIED, note);
    }

    private static TicketFollowedUp followedUp(TicketRow t, FollowUp followUp, boolean reopened, Transition step) {
        return new TicketFollowedUp(t.no(), followUp.satisfaction(), followUp.isResolved(), followUp.via(), reopened,
                step.now());
    }

    TicketView merge(TicketNo duplicate, TicketNo main, Actor actor) {
        if (duplicate.equals(main)) {
            throw new InvalidTicketException(Map.of("main", "a ticket cannot be merged into itself"));
        }
        // Lock both rows in number order so two opposite merges cannot deadlock.
        boolean duplicateFirst = duplicate.toString().compareTo(main.toString()) < 0;
        Transition first = duplicateFirst ? steps.begin(duplicate, actor, TicketAction.MERGE)
                : steps.load(main, actor, TicketAction.MERGE);
        Transition second = duplicateFirst ? steps.load(main, actor, TicketAction.MERGE)
                : steps.begin(duplicate, actor, TicketAction.MERGE);
        Transition dup = duplicateFirst ? first : second;
        TicketRow mainTicket = (duplicateFirst ? second : first).ticket();
        if (mainTicket.status == TicketStatus.CLOSED || mainTicket.status == TicketStatus.MERGED) {
            throw new InvalidTransitionException(main, mainTicket.status, "merge", "the main ticket is not open");
        }
        if (!steps.details().findOpenDuplicates(dup.ticket().ticketNo).isEmpty()) {
            throw new InvalidTransitionException(duplicate, dup.ticket().status, "merge",
                    "tickets are merged into this one; merge them into the main ticket first");
        }
        TicketRow t = dup.ticket();
        t.mainTicketNo = main.toString();
        t.pausedAt = null;
        steps.details().insertMerge(t.ticketNo, main.toString(), actor.username(), dup.now());
        steps.audit(mainTicket, actor, dup.now(), "merge", mainTicket.status, mainTicket.status,
                "duplicate " + duplicate + " merged into this ticket");
        return dup.to(TicketStatus.MERGED).correlate(TicketProcess.MESSAGE_MERGED, Map.of())
                .publish(new TicketMerged(duplicate, main, dup.now())).log("into " + main)
                .finish("into " + main);
    }

    TicketView close(TicketNo no, String note, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.CLOSE);
        String text = Validation.requiredText("note", note, Validation.SHORT_TEXT);
        step.correlate(TicketProcess.MESSAGE_ADMIN_CLOSE, Map.of());
        return close(step, Closure.ADMINISTRATIVE, text);
    }

    /**
     * Finishes a step that closes its ticket: the open duplicates merged into it close with it (each publishing
     * {@link MergedTicketClosed}), and {@link TicketClosed} names every reporter's phone.
     */
    TicketView close(Transition step, Closure closure, String note) {
        TicketRow t = step.ticket();
        t.closure = closure;
        t.closedAt = step.now();
        t.pausedAt = null;
        List<String> phones = new ArrayList<>();
        if (t.citizenPhone != null) {
            phones.add(t.citizenPhone);
        }
        for (String duplicateNo : steps.details().findOpenDuplicates(t.ticketNo)) {
            TicketRow duplicate = closeDuplicate(duplicateNo, t, closure, step);
            if (duplicate.citizenPhone != null && !phones.contains(duplicate.citizenPhone)) {
                phones.add(duplicate.citizenPhone);
            }
            step.publish(new MergedTicketClosed(duplicate.no(), t.no(), closure, duplicate.citizenPhone,
                    step.now()));
        }
        return step.to(TicketStatus.CLOSED)
                .publish(new TicketClosed(t.no(), closure, t.categoryCode, t.districtCode, t.content, phones,
                        step.now()))
                .log("closed " + closure.jsonValue())
                .finish(Texts.join("closed: " + closure.jsonValue(), note));
    }

    private TicketRow closeDuplicate(String duplicateNo, TicketRow main, Closure closure, Transition step) {
        TicketRow duplicate = steps.tickets().findForUpdate(duplicateNo);
        TicketStatus from = duplicate.status;
        duplicate.status = TicketStatus.CLOSED;
        duplicate.closure = Closure.MERGED;
        duplicate.closedAt = step.now();
        steps.tickets().update(duplicate);
        steps.details().markMergeClosed(duplicateNo, step.now());
        steps.process().correlate(duplicate, TicketProcess.MESSAGE_MAIN_CLOSED, Map.of());
        steps.audit(duplicate, step.actor(), step.now(), "close-with-main", from, duplicate.status,
                "main ticket " + main.ticketNo + " closed: " + closure.jsonValue());
        return duplicate;
    }
}
