package org.hotline.workflow;

import java.time.Instant;
import java.util.List;

/**
 * Repeat requests (未诉先办): the same phone or the same normalised address with two or more tickets within the last
 * {@code days} days, so that a supervisor can merge or escalate them.
 *
 * @param days   the window
 * @param groups the phones and places, most tickets first
 */
public record RepeatReport(int days, List<RepeatGroup> groups) {
    public RepeatReport {
        groups = List.copyOf(groups);
    }

    /** What the tickets of a group share. JSON: {@code phone}, {@code address}. */
    public enum Kind {
        PHONE, ADDRESS
    }

    /**
     * @param kind    same phone or same place
     * @param key     the phone, masked ({@code 139****1234}), or the normalised address
     * @param tickets the tickets, oldest first
     */
    public record RepeatGroup(Kind kind, String key, List<RepeatTicket> tickets) {
        public RepeatGroup {
            tickets = List.copyOf(tickets);
        }
    }

    /**
     * @param ticketNo       the ticket
     * @param registeredAt   when it was registered
     * @param categoryCode   its category
     * @param departmentCode its lead department ({@code ""} while not dispatched)
     * @param open           whether it is still open (neither closed nor merged)
     */
    public record RepeatTicket(TicketNo ticketNo, Instant registeredAt, String categoryCode, String departmentCode,
            boolean open) {
    }
}
