package org.hotline.telephony;

import java.util.Objects;

/**
 * What the IVR reads back to a citizen who asks for a ticket's status.
 *
 * @param ticketNo  the ticket number, e.g. {@code JH20261123000042}
 * @param promptKey the status as a prompt key, e.g. {@code dispatched}; the IVR plays the prompt named by
 *                  {@code hotline.ivr.prompts.status-prefix} followed by this key. Letters, digits, {@code -} and
 *                  {@code _} only.
 */
public record TicketStatusInfo(String ticketNo, String promptKey) {

    /** @throws IllegalArgumentException when the prompt key is blank or contains other characters */
    public TicketStatusInfo {
        Objects.requireNonNull(ticketNo, "ticketNo");
        Objects.requireNonNull(promptKey, "promptKey");
        if (!promptKey.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("prompt key must be 1..64 of [A-Za-z0-9_-]");
        }
    }
}
