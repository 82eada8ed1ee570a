package org.hotline.console.wiring;

import java.time.Instant;

import org.hotline.console.push.PushPayload;
import org.hotline.workflow.Card;
import org.hotline.workflow.EscalationAudience;

/**
 * {@code escalation-addressed}: a 督办 level addressed to the recipient personally, as the department's leader or
 * as the city office.
 *
 * @param ticketNo       the ticket
 * @param escalationId   the chain
 * @param departmentCode the department that must answer
 * @param level          the level issued
 * @param card           {@code none}, {@code yellow} or {@code red}
 * @param as             {@code department_leader} or {@code city_office}
 * @param feedbackDueAt  the end of the department's feedback window
 */
record EscalationAddressedNotice(String ticketNo, long escalationId, String departmentCode, int level, Card card,
                                 EscalationAudience as, Instant feedbackDueAt) implements PushPayload {

    @Override
    public String messageType() {
        return "escalation-addressed";
    }
}
