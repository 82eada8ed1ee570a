package org.hotline.workflow.ticket;

import java.time.Instant;
import org.hotline.workflow.Category;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.sla.Deadline;
import org.hotline.workflow.sla.DeadlinePolicy;
import org.springframework.stereotype.Component;

/** A ticket's sign and handle deadlines starting now, written onto its row. Thread-safe. */
@Component
class StepDeadlines {
    private final DeadlinePolicy policy;
    private final OrgDirectory org;

    StepDeadlines(DeadlinePolicy policy, OrgDirectory org) {
        this.policy = policy;
        this.org = org;
    }

    /** Starts the sign clock at {@code now} and writes it onto the row. */
    Deadline startSign(TicketRow t, Instant now) {
        Deadline sign = policy.sign(t.categoryCode, t.ruleSignMinutes, now);
        t.signStartedAt = now;
        t.signDueAt = sign.dueAt();
        t.signWarnAt = sign.warnAt();
        return sign;
    }

    /** Starts the handle clock at {@code now} and writes it onto the row. */
    Deadline startHandle(TicketRow t, Instant now) {
        Category category = org.category(t.categoryCode).orElseThrow();
        Deadline handle = policy.handle(t.type, t.urgency, category.handlingDays(), t.ruleHandleDays, now);
        t.handleStartedAt = now;
        moveHandle(t, handle);
        return handle;
    }

    /** The handle deadline moved by {@code workingDays} (an approved extension), written onto the row. */
    Deadline extendHandle(TicketRow t, int workingDays) {
        return moveHandle(t, policy.extend(currentHandle(t), workingDays));
    }

    /** The handle deadline moved by a pause, written onto the row. */
    Deadline shiftHandle(TicketRow t, Instant pausedAt, Instant resumedAt) {
        return moveHandle(t, policy.shift(currentHandle(t), pausedAt, resumedAt));
    }

    private static Deadline moveHandle(TicketRow t, Deadline handle) {
        t.handleDueAt = handle.dueAt();
        t.handleWarnAt = handle.warnAt();
        return handle;
    }

    private Deadline currentHandle(TicketRow t) {
        // The row keeps the instants; whether they count working days or calendar hours (urgent) is the policy's.
        Category category = org.category(t.categoryCode).orElseThrow();
        Deadline kind = policy.handle(t.type, t.urgency, category.handlingDays(), t.ruleHandleDays,
                t.handleStartedAt);
        return new Deadline(t.handleStartedAt, t.handleDueAt, t.handleWarnAt, kind.workingDays());
    }
}
