package org.hotline.workflow.escalation;

import java.time.Instant;
import org.hotline.workflow.Card;
import org.hotline.workflow.LevelTrigger;

/** A row of {@code workflow_escalation_level}: one level issued. Mutable, for MyBatis. */
final class LevelRow {
    long escalationId;
    int level;
    String ticketNo;
    String departmentCode;
    String name;
    String notify;
    Card card;
    LevelTrigger trigger;
    String raisedBy;
    Instant issuedAt;
    Instant feedbackDueAt;
    Instant missedAt;
    Instant answeredAt;
    String answeredBy;
    String feedback;
}
