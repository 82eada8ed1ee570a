package org.hotline.console.wiring;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.hotline.console.push.PushPayload;

/**
 * {@code ticket-deadline-missed}: a step's deadline passed without the step: a co-handler's contribution (to the
 * supervisors and that department; it is escalated and no longer blocks the lead's reply), the review or the
 * follow-up (to the supervisors and the dispatchers).
 *
 * @param ticketNo       the ticket
 * @param departmentCode the co-handling department for a contribution; omitted for review and follow-up
 * @param deadline       {@code contribution}, {@code review} or {@code follow_up}
 * @param dueAt          the deadline, ISO-8601
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TicketDeadlineMissedNotice(String ticketNo, String departmentCode, String deadline, String dueAt)
    implements PushPayload {

    @Override
    public String messageType() {
        return "ticket-deadline-missed";
    }
}
