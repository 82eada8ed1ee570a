package org.hotline.workflow;

import java.time.Instant;

/**
 * A number of a finished day that no ticket carries. The day's reconciliation records it once, after midnight.
 *
 * @param ticketNo   the number that was never issued
 * @param reason     {@code freed}: given back by a registration that did not commit and not taken again before
 *                   midnight; {@code lost}: taken by a registration whose node stopped before it committed
 * @param recordedAt when the reconciliation recorded it
 */
public record VoidedTicketNumber(TicketNo ticketNo, String reason, Instant recordedAt) {
}
