package org.hotline.telephony;

import java.util.Objects;

/**
 * What the IVR reads back to a citizen who asks for a ticket's status.
 *
 * @param ticketNo  the ticket number, e.g. {@code JH20261123000042}
 * @param promptKey the status as a prompt key, e.g. {@code dispatched}; the IVR plays the prompt named by
 *                  {@code hotline.ivr.prompts.status-prefix} followed by this key. Letters, digits, {@code -} and
 *                  {@code _} only.
 * @param citizenPhone the phone number on the ticket, or {@code null}: the status is read back only to a caller
 *                     calling from it or keying its last 4 digits ({@link #calledFrom}, {@link #endsWith}); never
 *                     read out or logged
 */
public record TicketStatusInfo(String ticketNo, String promptKey, String citizenPhone) {

    /** @throws IllegalArgumentException when the prompt key is blank or contains other characters */
    public TicketStatusInfo {
        Objects.requireNonNull(ticketNo, "ticketNo");
        Objects.requireNonNull(promptKey, "promptKey");
        if (!promptKey.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("prompt key must be 1..64 of [A-Za-z0-9_-]");
        }
    }

    /** A ticket without a phone number can be asked about by nobody over the phone. */
    public TicketStatusInfo(String ticketNo, String promptKey) {
        this(ticketNo, promptKey, null);
    }

    /**
     * @param callerNumber the caller ID of the call, as Asterisk presents it ({@code +86…}, {@code 0…} or national)
     * @return whether the call comes from the ticket's phone number (compared on the last 11 digits, or all digits of
     *         a shorter number)
     */
    public boolean calledFrom(String callerNumber) {
        String ticket = digits(citizenPhone);
        String caller = digits(callerNumber);
        if (ticket.length() < 7 || caller.length() < 7) {
            return false;
        }
        int n = Math.min(11, Math.min(ticket.length(), caller.length()));
        return ticket.endsWith(caller.substring(caller.length() - n))
                && caller.endsWith(ticket.substring(ticket.length() - n));
    }

    /** @return whether the keyed digits are the last 4 digits of the ticket's phone number */
    public boolean endsWith(String lastFour) {
        String ticket = digits(citizenPhone);
        return lastFour != null && lastFour.matches("[0-9]{4}") && ticket.length() >= 7 && ticket.endsWith(lastFour);
    }

    @Override
    public String toString() {
        return "TicketStatusInfo[" + ticketNo + ", " + promptKey + "]";
    }

    private static String digits(String number) {
        return number == null ? "" : number.replaceAll("[^0-9]", "");
    }
}
