package org.hotline.workflow.analytics;

import java.time.Instant;

/** A ticket of a repeat group as read from the facts. */
final class RepeatRow {
    String ticketNo;
    Instant registeredAt;
    String categoryCode;
    String departmentCode;
    String groupKey;
    boolean open;
}
