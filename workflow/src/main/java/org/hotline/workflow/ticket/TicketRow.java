package org.hotline.workflow.ticket;

import java.time.Instant;
import org.hotline.workflow.Channel;
import org.hotline.workflow.Closure;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TicketType;
import org.hotline.workflow.Urgency;

/** A row of {@code workflow_ticket}; mutable, used only inside one transaction. */
final class TicketRow {
    Long id;
    String ticketNo;
    TicketStatus status;
    Closure closure;
    Channel channel;
    TicketType type;
    String categoryCode;
    String districtCode;
    String address;
    Urgency urgency;
    String citizenPhone;
    String citizenName;
    String content;
    boolean confidential;
    String callId;
    String departmentCode;
    String supervisingDepartmentCode;
    String registeredBy;
    Instant registeredAt;
    Instant signStartedAt;
    Instant signDueAt;
    Instant signWarnAt;
    Integer ruleSignMinutes;
    Instant handleStartedAt;
    Instant handleDueAt;
    Instant handleWarnAt;
    Integer ruleHandleDays;
    Instant signedAt;
    Instant repliedAt;
    Instant closedAt;
    Instant pausedAt;
    boolean warned;
    boolean escalated;
    int escalationCount;
    int reopenCount;
    Integer satisfaction;
    String mainTicketNo;
    Integer routingDecisionVersion;
    String kbEntryId;
    String processInstanceId;
    Instant reviewDueAt;
    Instant reviewWarnAt;
    Instant reviewWarnedAt;
    Instant reviewMissedAt;
    Instant followUpDueAt;
    Instant followUpWarnAt;
    Instant followUpWarnedAt;
    Instant followUpMissedAt;

    TicketNo no() {
        return TicketNo.parse(ticketNo);
    }
}
