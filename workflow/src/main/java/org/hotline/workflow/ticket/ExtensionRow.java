package org.hotline.workflow.ticket;

import java.time.Instant;

/** A row of {@code workflow_ticket_extension}; mutable, used inside one transaction. */
final class ExtensionRow {
    Long id;
    String ticketNo;
    String departmentCode;
    String requestedBy;
    Instant requestedAt;
    int workingDays;
    String reason;
    String decision;
    String decidedBy;
    Instant decidedAt;
    String decisionNote;
    Instant previousDueAt;
    Instant newDueAt;
}
