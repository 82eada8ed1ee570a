package org.hotline.workflow.ticket;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Actor.Role;
import org.hotline.workflow.DepartmentKind;
import org.hotline.workflow.InvalidTransitionException;
import org.hotline.workflow.TicketStatus;

/**
 * Who may do what in which status. A refusal is either a role refusal (403) or a status refusal (409); roles are
 * checked first so a department never learns more than "not allowed". Stateless and thread-safe.
 */
final class TicketRules {
    private static final Set<TicketStatus> HANDLING = EnumSet.of(TicketStatus.IN_PROGRESS,
            TicketStatus.AWAITING_CITIZEN, TicketStatus.EXTENSION_REQUESTED);

    private TicketRules() {
    }

    /**
     * Facts about one ticket as seen by one actor.
     *
     * @param feedbackOwedBy the departments an open or overdue 督办 chain awaits feedback from (the lead's, and a
     *                       co-handler's whose contribution was missed)
     */
    record Context(TicketRow ticket, List<CoHandlerRow> coHandlers, Actor actor, DepartmentKind leadKind,
            Set<String> feedbackOwedBy) {

        boolean lead() {
            return actor.role() == Role.DEPARTMENT && actor.departmentCode().equals(ticket.departmentCode);
        }

        CoHandlerRow coHandler() {
            if (actor.role() != Role.DEPARTMENT) {
                return null;
            }
            return coHandlers.stream().filter(c -> c.departmentCode().equals(actor.departmentCode())).findFirst()
                    .orElse(null);
        }

        boolean registeringAgent() {
            return actor.role() == Role.AGENT && actor.username().equals(ticket.registeredBy);
        }
    }

    /** A refused action: {@code forbidden} for role refusals, otherwise a status refusal with a detail. */
    record Refusal(boolean forbidden, String detail) {
    }

    static void check(TicketAction action, Context context) {
        Refusal refusal = evaluate(action, context);
        if (refusal == null) {
            return;
        }
        if (refusal.forbidden()) {
            throw new ActionNotPermittedException(action.verb(), context.actor().role());
        }
        throw new InvalidTransitionException(context.ticket().no(), context.ticket().status, action.verb(),
                refusal.detail());
    }

    static Set<String> allowed(Context context) {
        Set<String> verbs = new LinkedHashSet<>();
        for (TicketAction action : TicketAction.values()) {
            if (evaluate(action, context) == null) {
                verbs.add(action.verb());
            }
        }
        return verbs;
    }

    static Refusal evaluate(TicketAction action, Context c) {
        Role role = c.actor().role();
        TicketStatus status = c.ticket().status;
        boolean open = status != TicketStatus.CLOSED && status != TicketStatus.MERGED;
        return switch (action) {
            case DIRECT_ANSWER -> role != Role.AGENT ? forbidden() : require(status == TicketStatus.REGISTERED);
            case DISPATCH -> role != Role.DISPATCHER ? forbidden()
                    : require(status == TicketStatus.REGISTERED || status == TicketStatus.RETURNED);
            case SIGN -> sign(c, status);
            case RETURN, AWAIT_CITIZEN, EXTENSION -> !c.lead() ? forbidden()
                    : require(action == TicketAction.RETURN ? status == TicketStatus.DISPATCHED
                            : status == TicketStatus.IN_PROGRESS);
            case RESUME -> !c.lead() ? forbidden() : require(status == TicketStatus.AWAITING_CITIZEN);
            case NOTES -> !c.lead() && c.coHandler() == null ? forbidden() : require(HANDLING.contains(status));
            case EXTENSION_APPROVE, EXTENSION_DENY -> role != Role.DISPATCHER ? forbidden()
                    : require(status == TicketStatus.EXTENSION_REQUESTED);
            case REPLY -> reply(c, status);
            case REVIEW -> role != Role.DISPATCHER ? forbidden() : require(status == TicketStatus.REPLIED);
            case FOLLOW_UP -> role != Role.DISPATCHER && role != Role.SYSTEM ? forbidden()
                    : require(status == TicketStatus.FOLLOW_UP);
            case MERGE, CLOSE -> role != Role.DISPATCHER ? forbidden() : require(open);
            case ESCALATE -> role != Role.SUPERVISOR ? forbidden()
                    : open && status != TicketStatus.REGISTERED && status != TicketStatus.RETURNED ? null
                    : new Refusal(false, "a 督办 needs an open ticket dispatched to a department");
            case ESCALATION_FEEDBACK -> role != Role.DEPARTMENT ? forbidden()
                    : c.feedbackOwedBy().contains(c.actor().departmentCode()) ? null
                    : new Refusal(false, "no 督办 awaits this department's feedback");
            case REDISPATCH -> !c.lead() || c.leadKind() != DepartmentKind.DISTRICT_GOV ? forbidden()
                    : require(status == TicketStatus.DISPATCHED);
            case CONTRIBUTE -> contribute(c, status);
            case REVEAL -> mayReveal(c) ? null : forbidden();
        };
    }

    /**
     * Reveal follows the view: a confidential reporter's data only to the registering agent, dispatchers and
     * supervisors; an ordinary ticket's to every role that reads it except administrators.
     */
    private static boolean mayReveal(Context c) {
        Role role = c.actor().role();
        if (role == Role.ADMIN || role == Role.SYSTEM) {
            return false;
        }
        if (!c.ticket().confidential) {
            return true;
        }
        return role == Role.DISPATCHER || role == Role.SUPERVISOR
                || (role == Role.AGENT && c.actor().username().equals(c.ticket().registeredBy));
    }

    private static Refusal sign(Context c, TicketStatus status) {
        if (c.lead()) {
            return require(status == TicketStatus.DISPATCHED);
        }
        CoHandlerRow co = c.coHandler();
        if (co == null) {
            return forbidden();
        }
        if (!HANDLING.contains(status)) {
            return new Refusal(false, "co-handlers sign once the lead department has signed");
        }
        return co.signedAt() == null ? null : new Refusal(false, "already signed");
    }

    private static Refusal reply(Context c, TicketStatus status) {
        if (!c.lead()) {
            return forbidden();
        }
        if (status != TicketStatus.IN_PROGRESS) {
            return new Refusal(false, null);
        }
        // A co-handler that missed its contribution deadline no longer holds the reply back.
        boolean allSettled = c.coHandlers().stream().allMatch(CoHandlerRow::settled);
        return allSettled ? null
                : new Refusal(false, "co-handlers have not all contributed yet, and their deadline has not passed");
    }

    private static Refusal contribute(Context c, TicketStatus status) {
        CoHandlerRow co = c.coHandler();
        if (co == null) {
            return forbidden();
        }
        if (!HANDLING.contains(status) || co.signedAt() == null) {
            return new Refusal(false, "a co-handler contributes after signing, while the ticket is handled");
        }
        return co.contributedAt() == null ? null : new Refusal(false, "already contributed");
    }

    private static Refusal forbidden() {
        return new Refusal(true, null);
    }

    private static Refusal require(boolean condition) {
        return condition ? null : new Refusal(false, null);
    }
}
