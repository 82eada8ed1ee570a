package org.hotline.console.wiring;

import java.util.Locale;

import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.security.ConsoleRole;
import org.hotline.workflow.DeadlineKind;
import org.hotline.workflow.TicketDeadlineMissed;
import org.hotline.workflow.TicketDispatched;
import org.hotline.workflow.TicketEscalated;
import org.hotline.workflow.TicketReplied;
import org.hotline.workflow.TicketWarned;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ticket notifications on the push hub: a department learns of tickets dispatched to it and of warnings on its
 * deadlines (a co-handler of its contribution's); supervisors and the department learn of every escalation (督办)
 * and of a missed contribution; dispatchers of replies to review and of warnings on the review and follow-up
 * deadlines, which the supervisors hear of too when they pass.
 * Only ticket numbers and codes travel: the console fetches the ticket with the reader's own masking. Each runs
 * after the ticket's commit, in a transaction of its own: the hub stores every message it sends.
 */
@Component
class TicketNotifications {

    private final PushHub hub;

    TicketNotifications(PushHub hub) {
        this.hub = hub;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TicketDispatched event) {
        PushMessage message = PushMessage.of(new TicketDispatchedNotice(event.no().toString(), event.departmentCode()));
        hub.sendToDepartment(event.departmentCode(), message);
        event.coHandlers().forEach(coHandler -> hub.sendToDepartment(coHandler, message));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TicketWarned event) {
        PushMessage message = PushMessage.of(new TicketWarnedNotice(event.no().toString(), event.departmentCode(),
            deadline(event.deadlineKind()), event.dueAt().toString()));
        if (centerStep(event.deadlineKind())) {
            hub.sendToRole(ConsoleRole.DISPATCHER, message);
        } else {
            hub.sendToDepartment(event.departmentCode(), message);
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TicketDeadlineMissed event) {
        PushMessage message = PushMessage.of(new TicketDeadlineMissedNotice(event.no().toString(),
            event.departmentCode(), deadline(event.deadlineKind()), event.dueAt().toString()));
        hub.sendToRole(ConsoleRole.SUPERVISOR, message);
        if (centerStep(event.deadlineKind())) {
            hub.sendToRole(ConsoleRole.DISPATCHER, message);
        } else if (event.departmentCode() != null) {
            hub.sendToDepartment(event.departmentCode(), message);
        }
    }

    /** Review and follow-up are the dispatchers' own steps; the other deadlines are a department's. */
    private static boolean centerStep(DeadlineKind kind) {
        return kind == DeadlineKind.REVIEW || kind == DeadlineKind.FOLLOW_UP;
    }

    private static String deadline(DeadlineKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TicketEscalated event) {
        PushMessage message = PushMessage.of(new TicketEscalatedNotice(event.no().toString(), event.departmentCode(),
            event.reason().name().toLowerCase()));
        hub.sendToRole(ConsoleRole.SUPERVISOR, message);
        if (event.departmentCode() != null) {
            hub.sendToDepartment(event.departmentCode(), message);
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TicketReplied event) {
        hub.sendToRole(ConsoleRole.DISPATCHER,
            PushMessage.of(new TicketRepliedNotice(event.no().toString(), event.departmentCode())));
    }
}
