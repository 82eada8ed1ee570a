package org.hotline.console.wiring;

import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.security.ConsoleRole;
import org.hotline.workflow.CardIssued;
import org.hotline.workflow.EscalationAnswered;
import org.hotline.workflow.EscalationAudience;
import org.hotline.workflow.EscalationLevelRaised;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * 督办 chain notifications on the push hub: supervisors and the department concerned learn of every level issued,
 * every answer and every card; dispatchers too of the levels addressed to them. The department's leader and the
 * city office have no console role: their levels reach the department's users and the supervisors, who carry the
 * notice on. Each runs after the chain's commit, in a transaction of its own.
 */
@Component
class EscalationNotifications {

    private final PushHub hub;

    EscalationNotifications(PushHub hub) {
        this.hub = hub;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(EscalationLevelRaised event) {
        PushMessage message = PushMessage.of(new EscalationLevelNotice(event.no().toString(), event.escalationId(),
            event.departmentCode(), event.level(), event.card(), event.addressees(), event.trigger(),
            event.feedbackDueAt()));
        toSupervisorsAndDepartment(event.departmentCode(), message);
        if (event.addressees().contains(EscalationAudience.DISPATCHERS)) {
            hub.sendToRole(ConsoleRole.DISPATCHER, message);
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(EscalationAnswered event) {
        toSupervisorsAndDepartment(event.departmentCode(), PushMessage.of(new EscalationAnsweredNotice(
            event.no().toString(), event.escalationId(), event.departmentCode(), event.level(), event.onTime())));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CardIssued event) {
        toSupervisorsAndDepartment(event.departmentCode(), PushMessage.of(new CardIssuedNotice(event.no().toString(),
            event.escalationId(), event.departmentCode(), event.level(), event.card())));
    }

    private void toSupervisorsAndDepartment(String departmentCode, PushMessage message) {
        hub.sendToRole(ConsoleRole.SUPERVISOR, message);
        hub.sendToDepartment(departmentCode, message);
    }
}
