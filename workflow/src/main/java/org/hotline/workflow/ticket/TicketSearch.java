package org.hotline.workflow.ticket;

import java.time.Instant;
import java.util.List;

import org.hotline.workflow.Channel;
import org.hotline.workflow.TicketStatus;

/** The criteria of one ticket search as the mapper reads them (already scoped to the actor). */
final class TicketSearch {
    TicketStatus status;
    String departmentCode;
    boolean departmentScoped;
    Boolean overdue;
    Instant now;
    String registeredBy;
    Instant registeredFrom;
    Instant registeredBefore;
    String categoryCode;
    String districtCode;
    Channel channel;
    /** LIKE patterns, escaped with {@code !}. */
    List<String> likes = List.of();
    /** The phone as given and its digits only; null: no phone filter. */
    List<String> phones;
    /** With a phone: confidential tickets only when registered by this user; null: all. */
    String confidentialOnlyOf;
    boolean byDeadline;
    int limit;
    long offset;
}
