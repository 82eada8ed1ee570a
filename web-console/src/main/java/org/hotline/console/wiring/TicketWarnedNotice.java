package org.hotline.console.wiring;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.hotline.console.push.PushPayload;

/**
 * {@code ticket-warned}: 80 % of a deadline has passed.
 *
 * @param ticketNo       the ticket
 * @param departmentCode the department concerned (the co-handler for a contribution); omitted for review and
 *                       follow-up, which go to the dispatchers
 * @param deadline       {@code sign}, {@code handle}, {@code contribution}, {@code review} or {@code follow_up}
 * @param dueAt          the deadline, ISO-8601
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TicketWarnedNotice(String ticketNo, String departmentCode, String deadline, String dueAt)
    implements PushPayload {

    @Override
    public String messageType() {
        return "ticket-warned";
    }
}
