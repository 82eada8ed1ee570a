package org.hotline.workflow.ticket;

import java.time.Instant;
import org.hotline.workflow.Category;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.sla.Deadline;
import org.hotline.workflow.sla.DeadlinePolicy;
import org.springframework.stereotype.Component;

/**
 * A ticket's step deadlines (sign, handle, co-handlers' contributions, review, follow-up) starting now, written onto
 * its row. Thread-safe.
 */
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

    /**
     * Starts the review clock at {@code now} (the lead department replied) and writes it onto the row; a new reply
     * after a send-back starts it again, unwarned.
     */
    Deadline startReview(TicketRow t, Instant now) {
        Deadline review = policy.review(now);
        t.reviewDueAt = review.dueAt();
        t.reviewWarnAt = review.warnAt();
        t.reviewWarnedAt = null;
        t.reviewMissedAt = null;
        return review;
    }

    /** Starts the follow-up clock at {@code now} (the reply was accepted) and writes it onto the row. */
    Deadline startFollowUp(TicketRow t, Instant now) {
        Deadline followUp = policy.followUp(now);
        t.followUpDueAt = followUp.dueAt();
        t.followUpWarnAt = followUp.warnAt();
        t.followUpWarnedAt = null;
        t.followUpMissedAt = null;
        return followUp;
    }

    /** The co-handlers' contribution deadline when the lead signs at {@code now}: never after the handle deadline. */
    Deadline startContributions(TicketRow t, Instant now) {
        return policy.contribution(now, t.handleDueAt);
    }

    /**
     * The contribution deadline moved by a pause, by working time like the handle deadline (a contribution capped at
     * an urgent handle deadline moves by calendar time with it).
     */
    Deadline shiftContributions(TicketRow t, Instant dueAt, Instant warnAt, Instant pausedAt, Instant resumedAt) {
        Integer days = currentHandle(t).calendarTime() ? null : 0;
        return policy.shift(new Deadline(t.handleStartedAt, dueAt, warnAt, days), pausedAt, resumedAt);
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
