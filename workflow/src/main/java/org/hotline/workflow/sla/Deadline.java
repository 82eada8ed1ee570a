package org.hotline.workflow.sla;

import java.time.Instant;

/**
 * A computed deadline. Internal to the workflow module.
 *
 * @param startedAt    when the clock started
 * @param dueAt        the deadline
 * @param warnAt       when the warning fires (the configured share of the time between start and deadline)
 * @param workingDays  working days counted, or null when the deadline is in calendar time
 */
public record Deadline(Instant startedAt, Instant dueAt, Instant warnAt, Integer workingDays) {

    /** @return whether the deadline counts calendar time rather than working days */
    public boolean calendarTime() {
        return workingDays == null;
    }
}
