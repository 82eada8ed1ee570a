package org.hotline.console.wiring;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.hotline.console.push.PushPayload;

/**
 * {@code ticket-dispatched}: a department was given a ticket (as lead or co-handler).
 *
 * @param ticketNo       the ticket
 * @param departmentCode the department concerned; omitted when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TicketDispatchedNotice(String ticketNo, String departmentCode) implements PushPayload {

    @Override
    public String messageType() {
        return "ticket-dispatched";
    }
}
