package org.hotline.workflow.ticket;

/** What a row of {@code workflow_ticket_note} records. */
enum NoteKind {
    NOTE, CONTRIBUTION, REPLY, DIRECT_ANSWER, FOLLOW_UP
}
