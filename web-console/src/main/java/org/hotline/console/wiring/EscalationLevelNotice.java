package org.hotline.console.wiring;

import java.time.Instant;
import java.util.Set;

import org.hotline.console.push.PushPayload;
import org.hotline.workflow.Card;
import org.hotline.workflow.EscalationAudience;
import org.hotline.workflow.LevelTrigger;

/**
 * {@code escalation-level-raised}: a 督办 level was issued to a department and awaits its feedback.
 *
 * @param ticketNo       the ticket
 * @param escalationId   the chain
 * @param departmentCode the department that must answer
 * @param level          the level issued
 * @param card           {@code none}, {@code yellow} or {@code red}
 * @param addressees     who the notice is addressed to besides the department
 * @param trigger        {@code deadline}, {@code supervisor} or {@code no_feedback}
 * @param feedbackDueAt  the end of the feedback window
 */
record EscalationLevelNotice(String ticketNo, long escalationId, String departmentCode, int level, Card card,
                             Set<EscalationAudience> addressees, LevelTrigger trigger, Instant feedbackDueAt)
    implements PushPayload {

    @Override
    public String messageType() {
        return "escalation-level-raised";
    }
}
