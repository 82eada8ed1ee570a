package org.hotline.console.wiring;

import org.hotline.console.push.PushPayload;
import org.hotline.workflow.Card;

/**
 * {@code card-issued}: a yellow or red card (黄牌/红牌) was counted against a department.
 *
 * @param ticketNo       the ticket
 * @param escalationId   the chain
 * @param departmentCode the department carded
 * @param level          the level carrying the card
 * @param card           {@code yellow} or {@code red}
 */
record CardIssuedNotice(String ticketNo, long escalationId, String departmentCode, int level, Card card)
    implements PushPayload {

    @Override
    public String messageType() {
        return "card-issued";
    }
}
