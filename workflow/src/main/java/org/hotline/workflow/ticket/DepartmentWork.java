package org.hotline.workflow.ticket;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Department;
import org.hotline.workflow.DepartmentKind;
import org.hotline.workflow.EscalationReason;
import org.hotline.workflow.ExtensionRequest;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.TicketDispatched;
import org.hotline.workflow.TicketEscalated;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketReplied;
import org.hotline.workflow.TicketExtended;
import org.hotline.workflow.TicketReturned;
import org.hotline.workflow.TicketSigned;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.UnknownReferenceException;
import org.hotline.workflow.Validation;
import org.hotline.workflow.escalation.EscalationChains;
import org.hotline.workflow.sla.Deadline;
import org.springframework.stereotype.Component;

/**
 * Department work: signing, returning, passing to a street office, notes, co-handlers' contributions, extensions,
 * pausing for the citizen, the reply, the supervisor's escalation (督办) of work that lags and the department's
 * answer to it (督办反馈). Thread-safe.
 */
@Component
class DepartmentWork {
    private final TicketTransitions steps;
    private final StepDeadlines deadlines;
    private final OrgDirectory org;
    private final TicketEscalations escalations;

    DepartmentWork(TicketTransitions steps, StepDeadlines deadlines, OrgDirectory org,
            TicketEscalations escalations) {
        this.steps = steps;
        this.deadlines = deadlines;
        this.org = org;
        this.escalations = escalations;
    }

    TicketView sign(TicketNo no, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.SIGN);
        TicketRow t = step.ticket();
        if (step.context().lead()) {
            t.signedAt = step.now();
            // The co-handlers' tasks appear now: their contribution clock starts with the lead's signature.
            Deadline contribution = deadlines.startContributions(t, step.now());
            if (!step.coHandlers().isEmpty()) {
                steps.details().setContributionDeadline(t.ticketNo, contribution.dueAt(), contribution.warnAt());
            }
            return step.to(TicketStatus.IN_PROGRESS).complete(TicketProcess.TASK_SIGN, ProcessOutcome.SIGNED,
                            TicketProcess.contributionVariables(contribution.warnAt(), contribution.dueAt()))
                    .publish(new TicketSigned(t.no(), actor.departmentCode(), true, step.now()))
                    .finish(null);
        }
        steps.details().markCoHandlerSigned(t.ticketNo, actor.departmentCode(), step.now());
        return step.completeTask(TicketProcess.TASK_CO_SIGN, actor.departmentCode(), Map.of())
                .publish(new TicketSigned(t.no(), actor.departmentCode(), false, step.now()))
                .log("co-handler").finish("co-handler " + actor.departmentCode());
    }

    TicketView returnTicket(TicketNo no, String reason, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.RETURN);
        String text = Validation.requiredText("reason", reason, Validation.SHORT_TEXT);
        TicketRow t = step.ticket();
        if (t.supervisingDepartmentCode != null) {
            return returnToDistrict(step, text);
        }
        return step.to(TicketStatus.RETURNED).complete(TicketProcess.TASK_SIGN, ProcessOutcome.RETURNED)
                .publish(new TicketReturned(step.ticket().no(), actor.departmentCode(), step.now()))
                .finish(text);
    }

    /**
     * A street office returns a ticket to the district government that passed it on, not to the city's
     * dispatcher: the district must sign it again (or pass it to another street office, or return it itself).
     */
    private TicketView returnToDistrict(Transition step, String reason) {
        TicketRow t = step.ticket();
        String street = t.departmentCode;
        String district = t.supervisingDepartmentCode;
        t.departmentCode = district;
        t.supervisingDepartmentCode = null;
        Deadline sign = deadlines.startSign(t, step.now());
        Map<String, Object> variables = TicketProcess.signVariables(sign);
        variables.put("departmentCode", district);
        return step.complete(TicketProcess.TASK_SIGN, ProcessOutcome.RETURNED_TO_DISTRICT, variables)
                .publish(new TicketDispatched(t.no(), district, List.of(), step.now()))
                .log("from street office " + street + " back to " + district)
                .finish(Texts.join("back to " + district, reason));
    }

    TicketView redispatch(TicketNo no, String streetDepartmentCode, String note, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.REDISPATCH);
        String text = Validation.optionalText("note", note, Validation.SHORT_TEXT);
        if (streetDepartmentCode == null || streetDepartmentCode.isBlank()) {
            throw new InvalidTicketException(Map.of("streetDepartmentCode", "required"));
        }
        TicketRow t = step.ticket();
        Department street = org.department(streetDepartmentCode)
                .orElseThrow(() -> new UnknownReferenceException("department", streetDepartmentCode));
        if (street.kind() != DepartmentKind.STREET || !t.departmentCode.equals(street.parentCode())) {
            throw new InvalidTicketException(Map.of("streetDepartmentCode",
                    "must be a street office under " + t.departmentCode));
        }
        String district = t.departmentCode;
        t.supervisingDepartmentCode = district;
        t.departmentCode = street.code();
        Deadline sign = deadlines.startSign(t, step.now());
        Map<String, Object> variables = TicketProcess.signVariables(sign);
        variables.put("departmentCode", street.code());
        return step.complete(TicketProcess.TASK_SIGN, ProcessOutcome.REDISPATCHED, variables)
                .publish(new TicketDispatched(t.no(), street.code(), List.of(), step.now()))
                .log("from " + district + " to street office " + street.code())
                .finish(Texts.join("to " + street.code(), text));
    }

    TicketView addNote(TicketNo no, String text, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.NOTES);
        String body = Validation.requiredText("text", text, Validation.LONG_TEXT);
        steps.details().insertNote(step.ticket().ticketNo, NoteKind.NOTE, actor.departmentCode(), actor.username(),
                body, step.now());
        return step.finish(body);
    }

    TicketView contribute(TicketNo no, String text, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.CONTRIBUTE);
        String body = Validation.requiredText("text", text, Validation.LONG_TEXT);
        String ticketNo = step.ticket().ticketNo;
        steps.details().insertNote(ticketNo, NoteKind.CONTRIBUTION, actor.departmentCode(), actor.username(), body,
                step.now());
        steps.details().markCoHandlerContributed(ticketNo, actor.departmentCode(), step.now());
        return step.completeTask(TicketProcess.TASK_CO_CONTRIBUTE, actor.departmentCode(), Map.of()).finish(body);
    }

    TicketView requestExtension(TicketNo no, ExtensionRequest request, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.EXTENSION);
        request.validate();
        ExtensionRow extension = new ExtensionRow();
        extension.ticketNo = step.ticket().ticketNo;
        extension.departmentCode = actor.departmentCode();
        extension.requestedBy = actor.username();
        extension.requestedAt = step.now();
        extension.workingDays = request.workingDays();
        extension.reason = request.reason().strip();
        extension.decision = "PENDING";
        steps.details().insertExtension(extension);
        return step.to(TicketStatus.EXTENSION_REQUESTED).log(request.workingDays() + " working days")
                .finish(request.workingDays() + " working days: " + extension.reason);
    }

    TicketView approveExtension(TicketNo no, String note, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.EXTENSION_APPROVE);
        String text = Validation.optionalText("note", note, Validation.SHORT_TEXT);
        TicketRow t = step.ticket();
        ExtensionRow extension = steps.details().findPendingExtension(t.ticketNo);
        extension.previousDueAt = t.handleDueAt;
        Deadline moved = deadlines.extendHandle(t, extension.workingDays);
        decide(extension, "APPROVED", step, text, moved);
        return step.to(TicketStatus.IN_PROGRESS)
                .correlate(TicketProcess.MESSAGE_DEADLINE_MOVED,
                        TicketProcess.handleVariables(moved.warnAt(), moved.dueAt()))
                .publish(new TicketExtended(t.no(), extension.departmentCode, extension.workingDays, moved.dueAt(),
                        step.now()))
                .log("due " + moved.dueAt())
                .finish(Texts.join("+" + extension.workingDays + " working days, due " + moved.dueAt(), text));
    }

    TicketView denyExtension(TicketNo no, String reason, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.EXTENSION_DENY);
        String text = Validation.requiredText("reason", reason, Validation.SHORT_TEXT);
        TicketRow t = step.ticket();
        ExtensionRow extension = steps.details().findPendingExtension(t.ticketNo);
        extension.previousDueAt = t.handleDueAt;
        decide(extension, "DENIED", step, text, null);
        return step.to(TicketStatus.IN_PROGRESS).finish(text);
    }

    private void decide(ExtensionRow extension, String decision, Transition step, String note, Deadline moved) {
        extension.decision = decision;
        extension.decidedBy = step.actor().username();
        extension.decidedAt = step.now();
        extension.decisionNote = note;
        extension.newDueAt = moved == null ? extension.previousDueAt : moved.dueAt();
        steps.details().decideExtension(extension);
    }

    TicketView awaitCitizen(TicketNo no, String reason, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.AWAIT_CITIZEN);
        String text = Validation.requiredText("reason", reason, Validation.SHORT_TEXT);
        TicketRow t = step.ticket();
        t.pausedAt = step.now();
        steps.details().insertPause(t.ticketNo, actor.username(), step.now(), text);
        // Pauses the handle clock and the co-handlers' contribution clock alike.
        return step.to(TicketStatus.AWAITING_CITIZEN).correlateAll(TicketProcess.MESSAGE_PAUSED, Map.of())
                .finish(text);
    }

    TicketView resumeFromCitizen(TicketNo no, String note, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.RESUME);
        String text = Validation.optionalText("note", note, Validation.SHORT_TEXT);
        TicketRow t = step.ticket();
        Duration paused = Duration.between(t.pausedAt, step.now());
        Deadline moved = deadlines.shiftHandle(t, t.pausedAt, step.now());
        Map<String, Object> variables = TicketProcess.handleVariables(moved.warnAt(), moved.dueAt());
        step.coHandlers().stream().filter(co -> co.dueAt() != null && !co.settled()).findFirst().ifPresent(co -> {
            Deadline contribution = deadlines.shiftContributions(t, co.dueAt(), co.warnAt(), t.pausedAt, step.now());
            steps.details().setContributionDeadline(t.ticketNo, contribution.dueAt(), contribution.warnAt());
            variables.putAll(TicketProcess.contributionVariables(contribution.warnAt(), contribution.dueAt()));
        });
        t.pausedAt = null;
        steps.details().resumePause(t.ticketNo, actor.username(), step.now(), text);
        return step.to(TicketStatus.IN_PROGRESS).correlateAll(TicketProcess.MESSAGE_RESUMED, variables)
                .log("after " + paused.toMinutes() + " min, due " + moved.dueAt())
                .finish(Texts.join("paused " + paused.toMinutes() + " min, due " + moved.dueAt(), text));
    }

    TicketView reply(TicketNo no, String text, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.REPLY);
        String body = Validation.requiredText("text", text, Validation.LONG_TEXT);
        TicketRow t = step.ticket();
        steps.details().insertNote(t.ticketNo, NoteKind.REPLY, actor.departmentCode(), actor.username(), body,
                step.now());
        t.repliedAt = step.now();
        Deadline review = deadlines.startReview(t, step.now());
        // A send-back or reopening re-enters handling without co-handlers: they have contributed already.
        Map<String, Object> variables = TicketProcess.coHandlerVariables(List.of());
        variables.putAll(TicketProcess.reviewVariables(review));
        return step.to(TicketStatus.REPLIED)
                .completeTask(TicketProcess.TASK_HANDLE, null, variables)
                .publish(new TicketReplied(t.no(), t.departmentCode, step.now()))
                .finish(body);
    }

    TicketView escalate(TicketNo no, Integer level, String note, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.ESCALATE);
        String text = Validation.optionalText("note", note, Validation.SHORT_TEXT);
        TicketRow t = step.ticket();
        t.escalated = true;
        t.escalationCount++;
        EscalationChains.Issued issued = escalations.byHand(step, level);
        return step.publish(new TicketEscalated(t.no(), t.departmentCode, EscalationReason.MANUAL, actor.username(),
                null, step.now())).log("督办 level " + issued.setting().level())
                .finish(Texts.join(issued.describe(), text));
    }

    TicketView answerEscalation(TicketNo no, String text, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.ESCALATION_FEEDBACK);
        String body = Validation.requiredText("text", text, Validation.LONG_TEXT);
        escalations.answer(step, body);
        return step.finish(body);
    }
}
