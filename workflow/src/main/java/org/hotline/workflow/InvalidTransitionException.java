package org.hotline.workflow;

/**
 * The action is not possible in the ticket's current status (for example signing a closed ticket). The transaction
 * is rolled back: nothing changed. Maps to HTTP 409.
 */
public class InvalidTransitionException extends RuntimeException {
    private final transient TicketNo ticketNo;
    private final TicketStatus status;
    private final String action;

    public InvalidTransitionException(TicketNo ticketNo, TicketStatus status, String action, String detail) {
        super("cannot " + action + " ticket " + ticketNo + " in status " + status
                + (detail == null ? "" : ": " + detail));
        this.ticketNo = ticketNo;
        this.status = status;
        this.action = action;
    }

    /** @return the ticket concerned */
    public TicketNo ticketNo() {
        return ticketNo;
    }

    /** @return the status the ticket is in */
    public TicketStatus status() {
        return status;
    }

    /** @return the refused action, in the REST verb's words ({@code sign}, {@code return}, ...) */
    public String action() {
        return action;
    }
}
