package org.hotline.workflow.escalation;

import java.time.Instant;
import org.hotline.workflow.DeadlineKind;
import org.hotline.workflow.EscalationReason;
import org.hotline.workflow.EscalationStatus;

/** A row of {@code workflow_escalation}: one 督办 chain. Mutable, for MyBatis. */
public final class EscalationRow {
    Long id;
    String ticketNo;
    String departmentCode;
    EscalationReason reason;
    DeadlineKind deadlineKind;
    String startedBy;
    Instant startedAt;
    EscalationStatus status;
    int currentLevel;
    Instant feedbackDueAt;
    Instant endedAt;
    String processInstanceId;

    public long id() {
        return id;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public int currentLevel() {
        return currentLevel;
    }

    public EscalationStatus status() {
        return status;
    }
}
