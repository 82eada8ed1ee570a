package org.hotline.workflow.ticket;

import java.time.Instant;

/** A row of {@code workflow_ticket_number_void}: a day's number that was never issued. */
record VoidedNumberRow(int sequence, String reason, Instant recordedAt) {
}
