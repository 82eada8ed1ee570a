package org.hotline.console.wiring;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.hotline.console.push.PushPayload;

/**
 * {@code ticket-escalated}: a ticket was escalated (督办), by hand or at its deadline.
 *
 * @param ticketNo       the ticket
 * @param departmentCode the department concerned; omitted when none
 * @param reason         {@code manual} or {@code automatic}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TicketEscalatedNotice(String ticketNo, String departmentCode, String reason) implements PushPayload {

    @Override
    public String messageType() {
        return "ticket-escalated";
    }
}
