package org.hotline.knowledge.classify;

import java.time.Instant;

/** A row of {@code kb_ticket_snapshot}. */
class SnapshotRow {
    String ticketNo;
    String textBody;
    String phoneHash;
    String districtCode;
    String categoryCode;
    boolean openFlag;
    Instant registeredAt;
    Instant updatedAt;
}
