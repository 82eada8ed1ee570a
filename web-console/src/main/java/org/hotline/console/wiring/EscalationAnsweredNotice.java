package org.hotline.console.wiring;

import org.hotline.console.push.PushPayload;

/**
 * {@code escalation-answered}: the department answered a 督办 (督办反馈); its chain stopped. The text itself is read
 * from the ticket, with the reader's masking.
 *
 * @param ticketNo       the ticket
 * @param escalationId   the chain
 * @param departmentCode the department that answered
 * @param level          the level answered
 * @param onTime         within that level's feedback window
 */
record EscalationAnsweredNotice(String ticketNo, long escalationId, String departmentCode, int level, boolean onTime)
    implements PushPayload {

    @Override
    public String messageType() {
        return "escalation-answered";
    }
}
