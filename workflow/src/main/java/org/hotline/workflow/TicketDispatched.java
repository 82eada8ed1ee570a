package org.hotline.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A ticket was dispatched (or re-dispatched to a street office) to a lead department.
 *
 * @param no             ticket number
 * @param departmentCode lead department
 * @param coHandlers     co-handling departments, possibly empty
 * @param at             when
 */
public record TicketDispatched(TicketNo no, String departmentCode, List<String> coHandlers, Instant at) {
    public TicketDispatched {
        coHandlers = List.copyOf(coHandlers);
    }
}
