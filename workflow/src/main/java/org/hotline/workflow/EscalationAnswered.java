package org.hotline.workflow;

import java.time.Instant;

/**
 * The department answered a 督办 (督办反馈); its chain stopped.
 *
 * @param no             ticket number
 * @param escalationId   the chain
 * @param departmentCode the department that answered
 * @param level          the level answered (the chain's current one)
 * @param onTime         within that level's feedback window
 * @param answeredBy     the department user
 * @param at             when
 */
public record EscalationAnswered(TicketNo no, long escalationId, String departmentCode, int level, boolean onTime,
        String answeredBy, Instant at) {
}
