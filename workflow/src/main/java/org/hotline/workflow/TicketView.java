package org.hotline.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A ticket as one actor may see it: personal data is already masked for that actor (see {@link TicketService}).
 * Immutable.
 *
 * @param ticketNo                 the number
 * @param status                   current status
 * @param closure                  how it was closed; null while open
 * @param channel                  contact channel
 * @param type                     request type
 * @param categoryCode             leaf category
 * @param districtCode             district, may be null
 * @param address                  free-text address, may be null
 * @param urgency                  urgency
 * @param citizenPhone             masked for the actor ({@code 138****8000}) or null when hidden
 * @param citizenName              citizen's name, null on confidential tickets for actors who may not see the phone
 * @param content                  the request; 18- and 15-digit ID numbers masked unless the actor registered it
 * @param confidential             reporter asked for confidentiality
 * @param departmentCode           lead department (proposed by routing until dispatched)
 * @param coHandlerDepartmentCodes co-handling departments
 * @param registeredBy             username of the registering agent
 * @param registeredAt             registration time
 * @param signDueAt                sign deadline (null once closed without dispatch)
 * @param handleDueAt              handling deadline, moved by extensions and pauses
 * @param signedAt                 when the lead department signed, or null
 * @param repliedAt                when the lead department last replied, or null
 * @param closedAt                 when closed, or null
 * @param warned                   a sign or handle deadline warning (80 %) was raised
 * @param escalated                the ticket was escalated (督办), automatically or by a supervisor
 * @param escalationCount          how many escalations
 * @param reopenCount              how many times follow-up reopened it (0 or 1)
 * @param satisfaction             last follow-up satisfaction 1..5, or null
 * @param mainTicketNo             the main ticket when this one was merged into it, or null
 * @param routingDecisionVersion   version of the DMN decision {@code ticketRouting} that routed it
 * @param paused                   the clock is stopped while awaiting the citizen
 * @param overdue                  open and past its current step's deadline: sign before signing, handle while handled,
 *                                 review while replied, follow-up while at follow-up
 * @param allowedActions           action names this actor may perform now, in the REST verbs' words: {@code
 *                                 direct-answer, dispatch, sign, return, notes, extension, extension/approve,
 *                                 extension/deny, await-citizen, resume, reply, review, follow-up, merge, escalate,
 *                                 close, redispatch, contribute, reveal, escalation-feedback}
 * @param escalations              the 督办 chains, oldest first (see {@link Escalation})
 * @param contributions            each co-handling department's share with its deadline, in the order of
 *                                 {@code coHandlerDepartmentCodes}
 * @param review                   the review deadline (set when the lead replies, again after a send-back), or null
 * @param followUp                 the follow-up deadline (set when the reply is accepted), or null
 */
public record TicketView(TicketNo ticketNo, TicketStatus status, Closure closure, Channel channel, TicketType type,
        String categoryCode, String districtCode, String address, Urgency urgency, String citizenPhone,
        String citizenName, String content, boolean confidential, String departmentCode,
        List<String> coHandlerDepartmentCodes, String registeredBy, Instant registeredAt, Instant signDueAt,
        Instant handleDueAt, Instant signedAt, Instant repliedAt, Instant closedAt, boolean warned, boolean escalated,
        int escalationCount, int reopenCount, Integer satisfaction, TicketNo mainTicketNo,
        Integer routingDecisionVersion, boolean paused, boolean overdue, Set<String> allowedActions,
        List<Escalation> escalations, List<Contribution> contributions, StepDeadline review, StepDeadline followUp) {

    public TicketView {
        coHandlerDepartmentCodes = coHandlerDepartmentCodes == null ? List.of() : List.copyOf(coHandlerDepartmentCodes);
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
        allowedActions = allowedActions == null ? Set.of() : Set.copyOf(allowedActions);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
    }
}
