package org.hotline.workflow;

import java.time.Instant;

/**
 * A merged duplicate closed because its main ticket closed.
 *
 * @param duplicateNo  the duplicate
 * @param mainNo       the main ticket
 * @param mainClosure  how the main ticket closed
 * @param citizenPhone the duplicate's reporter phone in clear, or null
 * @param at           when
 */
public record MergedTicketClosed(TicketNo duplicateNo, TicketNo mainNo, Closure mainClosure, String citizenPhone,
        Instant at) {
}
