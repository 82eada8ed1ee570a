package org.hotline.console.wiring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.security.ConsoleRole;
import org.hotline.workflow.TicketDispatched;
import org.hotline.workflow.TicketEscalated;
import org.hotline.workflow.TicketReplied;
import org.hotline.workflow.TicketWarned;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ticket notifications on the push hub: a department learns of tickets dispatched to it and of warnings on its
 * deadlines; supervisors and the department learn of every escalation (督办); dispatchers of replies to review.
 * Only ticket numbers and codes travel: the console fetches the ticket with the reader's own masking.
 */
@Component
class TicketNotifications {

    private final PushHub hub;

    TicketNotifications(PushHub hub) {
        this.hub = hub;
    }

    @TransactionalEventListener
    void on(TicketDispatched event) {
        PushMessage message = message("ticket-dispatched", event.no().toString(), event.departmentCode());
        hub.sendToDepartment(event.departmentCode(), message);
        event.coHandlers().forEach(coHandler -> hub.sendToDepartment(coHandler, message));
    }

    @TransactionalEventListener
    void on(TicketWarned event) {
        Map<String, Object> payload = payload(event.no().toString(), event.departmentCode());
        payload.put("deadline", event.deadlineKind().name().toLowerCase());
        payload.put("dueAt", event.dueAt().toString());
        hub.sendToDepartment(event.departmentCode(), new PushMessage("ticket-warned", payload));
    }

    @TransactionalEventListener
    void on(TicketEscalated event) {
        Map<String, Object> payload = payload(event.no().toString(), event.departmentCode());
        payload.put("reason", event.reason().name().toLowerCase());
        PushMessage message = new PushMessage("ticket-escalated", payload);
        hub.sendToRole(ConsoleRole.SUPERVISOR, message);
        if (event.departmentCode() != null) {
            hub.sendToDepartment(event.departmentCode(), message);
        }
    }

    @TransactionalEventListener
    void on(TicketReplied event) {
        hub.sendToRole(ConsoleRole.DISPATCHER, message("ticket-replied", event.no().toString(), event.departmentCode()));
    }

    private static PushMessage message(String type, String ticketNo, String departmentCode) {
        return new PushMessage(type, payload(ticketNo, departmentCode));
    }

    private static Map<String, Object> payload(String ticketNo, String departmentCode) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ticketNo", ticketNo);
        if (departmentCode != null) {
            payload.put("departmentCode", departmentCode);
        }
        return payload;
    }
}
