package org.hotline.workflow.ticket;

import java.time.Instant;
import java.util.List;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Contribution;
import org.hotline.workflow.Actor.Role;
import org.hotline.workflow.Department;
import org.hotline.workflow.DepartmentKind;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.StepDeadline;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.TimelineEntry;
import org.hotline.workflow.escalation.EscalationChains;
import org.springframework.stereotype.Component;

/** Builds what an actor may see of a ticket: visibility, masking and allowed actions. Thread-safe. */
@Component
class TicketViews {
    private final OrgDirectory org;
    private final EscalationChains escalations;

    TicketViews(OrgDirectory org, EscalationChains escalations) {
        this.org = org;
        this.escalations = escalations;
    }

    /** @return whether the actor may see the ticket at all; departments see only tickets they were given */
    static boolean visible(TicketRow t, List<CoHandlerRow> coHandlers, Actor actor) {
        if (actor.role() != Role.DEPARTMENT) {
            return true;
        }
        if (t.signStartedAt == null) {
            return false;
        }
        String dept = actor.departmentCode();
        return dept.equals(t.departmentCode) || dept.equals(t.supervisingDepartmentCode)
                || coHandlers.stream().anyMatch(c -> c.departmentCode().equals(dept));
    }

    TicketRules.Context context(TicketRow t, List<CoHandlerRow> coHandlers, Actor actor) {
        return context(t, coHandlers, actor, escalations.owingFeedback(t.ticketNo));
    }

    private TicketRules.Context context(TicketRow t, List<CoHandlerRow> coHandlers, Actor actor,
            java.util.Set<String> owingFeedback) {
        DepartmentKind leadKind = org.department(t.departmentCode).map(Department::kind).orElse(null);
        return new TicketRules.Context(t, coHandlers, actor, leadKind, owingFeedback);
    }

    TicketView view(TicketRow t, List<CoHandlerRow> coHandlers, Actor actor, Instant now) {
        return view(t, coHandlers, actor, now, escalations.ofTickets(List.of(t.ticketNo)).get(t.ticketNo));
    }

    /** As {@link #view(TicketRow, List, Actor, Instant)} with the ticket's chains already read (lists of tickets). */
    TicketView view(TicketRow t, List<CoHandlerRow> coHandlers, Actor actor, Instant now,
            EscalationChains.TicketChains chains) {
        TicketRules.Context context = context(t, coHandlers, actor, chains.owingFeedback());
        String phone = phoneFor(t, actor);
        boolean hidden = t.confidential && phone == null;
        return new TicketView(t.no(), t.status, t.closure, t.channel, t.type, t.categoryCode, t.districtCode,
                t.address, t.urgency, phone, hidden ? null : t.citizenName, contentFor(t, actor, t.content),
                t.confidential, t.departmentCode, coHandlers.stream().map(CoHandlerRow::departmentCode).toList(),
                t.registeredBy, t.registeredAt, t.signDueAt, t.handleDueAt, t.signedAt, t.repliedAt, t.closedAt,
                t.warned, t.escalated, t.escalationCount, t.reopenCount, t.satisfaction,
                t.mainTicketNo == null ? null : TicketNo.parse(t.mainTicketNo), t.routingDecisionVersion,
                t.pausedAt != null, overdue(t, now), TicketRules.allowed(context),
                chains.views(text -> contentFor(t, actor, text)),
                coHandlers.stream().map(TicketViews::contribution).toList(),
                step(t.reviewDueAt, t.reviewWarnedAt, t.reviewMissedAt),
                step(t.followUpDueAt, t.followUpWarnedAt, t.followUpMissedAt));
    }

    private static Contribution contribution(CoHandlerRow co) {
        return new Contribution(co.departmentCode(), co.signedAt(), co.contributedAt(), co.dueAt(),
                co.warnedAt() != null, co.missedAt() != null);
    }

    private static StepDeadline step(Instant dueAt, Instant warnedAt, Instant missedAt) {
        return dueAt == null ? null : new StepDeadline(dueAt, warnedAt != null, missedAt != null);
    }

    TimelineEntry mask(TicketRow t, TimelineEntry entry, Actor actor) {
        return new TimelineEntry(entry.at(), entry.actor(), entry.role(), entry.action(), entry.fromStatus(),
                entry.toStatus(), contentFor(t, actor, entry.note()));
    }

    static boolean overdue(TicketRow t, Instant now) {
        if (t.status == TicketStatus.DISPATCHED) {
            return t.signDueAt != null && t.signDueAt.isBefore(now);
        }
        if (t.status == TicketStatus.IN_PROGRESS || t.status == TicketStatus.EXTENSION_REQUESTED) {
            return t.handleDueAt != null && t.handleDueAt.isBefore(now);
        }
        if (t.status == TicketStatus.REPLIED) {
            return t.reviewDueAt != null && t.reviewDueAt.isBefore(now);
        }
        if (t.status == TicketStatus.FOLLOW_UP) {
            return t.followUpDueAt != null && t.followUpDueAt.isBefore(now);
        }
        return false;
    }

    static String phoneFor(TicketRow t, Actor actor) {
        Role role = actor.role();
        boolean registeringAgent = role == Role.AGENT && actor.username().equals(t.registeredBy);
        if (t.confidential) {
            return registeringAgent || role == Role.DISPATCHER || role == Role.SUPERVISOR ? t.citizenPhone : null;
        }
        if (role == Role.DEPARTMENT || role == Role.ADMIN) {
            return Masking.phone(t.citizenPhone);
        }
        return t.citizenPhone;
    }

    /**
     * Free text of a ticket (content, notes, replies, timeline) as the actor may read it: in clear for the registering
     * agent; a department sees no phone or ID number in it; everybody else sees no ID number.
     */
    static String contentFor(TicketRow t, Actor actor, String text) {
        boolean registeringAgent = actor.role() == Role.AGENT && actor.username().equals(t.registeredBy);
        if (registeringAgent) {
            return text;
        }
        return actor.role() == Role.DEPARTMENT ? Masking.personalData(text) : Masking.idNumbers(text);
    }
}
