package org.hotline.console.wiring;

import java.util.List;

import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.DepartmentLeaders;
import org.hotline.workflow.CardIssued;
import org.hotline.workflow.EscalationAnswered;
import org.hotline.workflow.EscalationAudience;
import org.hotline.workflow.EscalationLevelRaised;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * 督办 chain notifications on the push hub. A level issued reaches the department concerned always, and whom the
 * level's {@code notify} names: {@code dispatchers} and {@code supervisors} their roles' sockets,
 * {@code department-leader} the department's accounts marked as leader (an {@code escalation-addressed} message of
 * their own, besides the department's), {@code city-office} the accounts in
 * {@code hotline.sla.escalation.city-office-users}. Supervisors and the department learn of every answer and card.
 * Each runs after the chain's commit, in a transaction of its own.
 */
@Component
class EscalationNotifications {

    private final PushHub hub;
    private final DepartmentLeaders leaders;
    private final List<String> cityOffice;

    EscalationNotifications(PushHub hub, DepartmentLeaders leaders,
            @Value("${hotline.sla.escalation.city-office-users:}") List<String> cityOffice) {
        this.hub = hub;
        this.leaders = leaders;
        this.cityOffice = cityOffice.stream().map(String::strip).filter(u -> !u.isEmpty()).toList();
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(EscalationLevelRaised event) {
        PushMessage message = PushMessage.of(new EscalationLevelNotice(event.no().toString(), event.escalationId(),
            event.departmentCode(), event.level(), event.card(), event.addressees(), event.trigger(),
            event.feedbackDueAt()));
        hub.sendToDepartment(event.departmentCode(), message);
        for (EscalationAudience audience : event.addressees()) {
            switch (audience) {
                case DISPATCHERS -> hub.sendToRole(ConsoleRole.DISPATCHER, message);
                case SUPERVISORS -> hub.sendToRole(ConsoleRole.SUPERVISOR, message);
                case DEPARTMENT_LEADER -> toUsers(leaders.of(event.departmentCode()), event, audience);
                case CITY_OFFICE -> toUsers(cityOffice, event, audience);
            }
        }
    }

    private void toUsers(List<String> usernames, EscalationLevelRaised event, EscalationAudience audience) {
        if (usernames.isEmpty()) {
            return;
        }
        PushMessage message = PushMessage.of(new EscalationAddressedNotice(event.no().toString(),
            event.escalationId(), event.departmentCode(), event.level(), event.card(), audience,
            event.feedbackDueAt()));
        usernames.forEach(username -> hub.sendToUser(username, message));
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
