package org.hotline.workflow;

import java.time.Instant;
import java.util.Set;

/**
 * A 督办 level was issued to a department: the chain's first level (a deadline passed or a supervisor escalated;
 * {@link TicketEscalated} is published with it), a supervisor's jump to a higher level, or the next level after a
 * feedback window passed unanswered.
 *
 * @param no             ticket number
 * @param escalationId   the chain
 * @param departmentCode the department that must answer
 * @param level          the level issued
 * @param addressees     who the notice is addressed to besides the department
 * @param card           the card this level counts ({@link CardIssued} follows when not {@link Card#NONE})
 * @param trigger        what raised it
 * @param raisedBy       supervisor's username or {@code system}
 * @param feedbackDueAt  the end of the level's feedback window
 * @param at             when
 */
public record EscalationLevelRaised(TicketNo no, long escalationId, String departmentCode, int level,
        Set<EscalationAudience> addressees, Card card, LevelTrigger trigger, String raisedBy, Instant feedbackDueAt,
        Instant at) {
}
