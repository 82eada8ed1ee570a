package org.hotline.workflow.ticket;

import java.time.Instant;

/** A row of {@code workflow_ticket_note}. */
record NoteRow(NoteKind kind, String departmentCode, String author, String body, Instant createdAt) {
}
