package org.hotline.workflow;

/**
 * No ticket with this number exists, or the actor's department may not see it (a department never learns that
 * another department's ticket exists). Maps to HTTP 404.
 */
public class TicketNotFoundException extends RuntimeException {
    private final transient TicketNo ticketNo;

    public TicketNotFoundException(TicketNo ticketNo) {
        super("ticket not found: " + ticketNo);
        this.ticketNo = ticketNo;
    }

    /** @return the number that was asked for */
    public TicketNo ticketNo() {
        return ticketNo;
    }
}
