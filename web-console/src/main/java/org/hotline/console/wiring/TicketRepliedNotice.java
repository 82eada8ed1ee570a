package org.hotline.console.wiring;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.hotline.console.push.PushPayload;

/**
 * {@code ticket-replied}: a department replied; dispatchers review.
 *
 * @param ticketNo       the ticket
 * @param departmentCode the department concerned; omitted when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TicketRepliedNotice(String ticketNo, String departmentCode) implements PushPayload {

    @Override
    public String messageType() {
        return "ticket-replied";
    }
}
