package org.hotline.workflow.analytics;

import java.time.Instant;
import org.hotline.workflow.Channel;
import org.hotline.workflow.Closure;
import org.hotline.workflow.TicketStatus;

/** What the figures of one ticket are computed from: its row and the few facts kept beside it. */
final class TicketSource {
    long id;
    String ticketNo;
    TicketStatus status;
    Closure closure;
    Channel channel;
    String categoryCode;
    String districtCode;
    String address;
    String citizenPhone;
    String departmentCode;
    String registeredBy;
    Instant registeredAt;
    Instant signStartedAt;
    Instant signDueAt;
    Instant signedAt;
    Instant repliedAt;
    Instant handleDueAt;
    Instant closedAt;
    int escalationCount;
    int reopenCount;
    int returns;
    int approvedExtensions;
    /** the last follow-up's score, null when never followed up */
    Integer lastSatisfaction;
    /** the last follow-up's "resolved", null when never followed up */
    Boolean lastResolved;
}
