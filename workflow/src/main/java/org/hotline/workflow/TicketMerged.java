package org.hotline.workflow;

import java.time.Instant;

/**
 * A duplicate ticket was merged (并单) into a main ticket; it will close with the main.
 *
 * @param duplicateNo the duplicate
 * @param mainNo      the main ticket
 * @param at          when
 */
public record TicketMerged(TicketNo duplicateNo, TicketNo mainNo, Instant at) {
}
