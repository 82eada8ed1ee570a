package org.hotline.workflow.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hotline.workflow.Closure;
import org.hotline.workflow.FollowUp;
import org.hotline.workflow.KpiCounts;
import org.hotline.workflow.TicketStatus;

/**
 * The one home of the figures' definitions (see {@link KpiCounts}): turns a ticket into its fact. Pure; thread-safe.
 * Change a definition here and raise {@link #VERSION}: the rollups are then rebuilt at the next start.
 */
final class FactDefinitions {
    /** The version of the definitions below; stored with the rollups built from them. */
    static final int VERSION = 2;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Requests from the same phone or place within this time of another are repeat requests. */
    static final Duration REPEAT_WINDOW = Duration.ofDays(30);
    static final int SLOTS = 8;

    private FactDefinitions() {
    }

    /**
     * @param ticket        the ticket
     * @param categoryGroup the top-level category of the ticket's category
     * @param repeatRequest whether an earlier ticket of the same phone or address lies within the repeat window
     */
    static TicketFact fact(TicketSource ticket, String categoryGroup, boolean repeatRequest) {
        TicketFact f = new TicketFact();
        f.ticketNo = ticket.ticketNo;
        f.registeredAt = ticket.registeredAt;
        f.day = day(ticket.registeredAt);
        f.month = f.day.withDayOfMonth(1);
        f.slot = Math.floorMod(ticket.ticketNo.hashCode(), SLOTS);
        boolean dispatched = ticket.signStartedAt != null;
        f.departmentCode = dispatched && ticket.departmentCode != null ? ticket.departmentCode : "";
        f.categoryCode = ticket.categoryCode;
        f.categoryGroup = categoryGroup == null ? "" : categoryGroup;
        f.districtCode = ticket.districtCode == null ? "" : ticket.districtCode;
        f.channel = ticket.channel.jsonValue();
        f.agent = ticket.registeredBy;
        f.citizenPhone = ticket.citizenPhone;
        f.addressKey = AddressKey.of(ticket.address);

        boolean closed = ticket.status == TicketStatus.CLOSED && ticket.closure != Closure.MERGED;
        boolean directAnswered = ticket.closure == Closure.DIRECT_ANSWER;
        boolean returned = ticket.returns > 0;
        boolean extended = ticket.approvedExtensions > 0;
        boolean reopened = ticket.reopenCount > 0;
        Instant completed = ticket.repliedAt != null ? ticket.repliedAt : ticket.closedAt;
        boolean handledInTime = directAnswered || (completed != null && ticket.handleDueAt != null
                && !completed.isAfter(ticket.handleDueAt));
        boolean followedUp = ticket.lastSatisfaction != null;

        Counts c = f.counts;
        c.registered = 1;
        c.directAnswered = flag(directAnswered);
        c.dispatched = flag(dispatched);
        c.signedOnTime = flag(dispatched && ticket.signedAt != null && ticket.signDueAt != null
                && !ticket.signedAt.isAfter(ticket.signDueAt));
        c.returned = flag(returned);
        c.extended = flag(extended);
        c.escalated = flag(ticket.escalationCount > 0);
        c.replied = flag(ticket.repliedAt != null);
        c.closed = flag(closed);
        c.closedOnTime = flag(closed && handledInTime);
        c.followedUp = flag(followedUp);
        c.satisfied = flag(followedUp && ticket.lastSatisfaction >= FollowUp.SATISFIED_FROM);
        c.resolved = flag(followedUp && Boolean.TRUE.equals(ticket.lastResolved));
        c.reopened = flag(reopened);
        c.merged = flag(ticket.status == TicketStatus.MERGED || ticket.closure == Closure.MERGED);
        c.firstContact = flag(closed && !returned && !reopened && !extended);
        c.repeatRequest = flag(repeatRequest);
        return f;
    }

    /** @return the registration day in China time */
    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    /** @return the first instant of the day in China time */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    private static long flag(boolean value) {
        return value ? 1 : 0;
    }
}
