package org.hotline.workflow;

import java.time.Instant;

/**
 * A yellow or red card (黄牌/红牌) was counted against a department with a 督办 level.
 *
 * @param no             ticket number
 * @param escalationId   the chain
 * @param departmentCode the department carded
 * @param level          the level that carries the card
 * @param card           {@link Card#YELLOW} or {@link Card#RED}
 * @param at             when
 */
public record CardIssued(TicketNo no, long escalationId, String departmentCode, int level, Card card, Instant at) {
}
