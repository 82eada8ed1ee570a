package org.hotline.workflow.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A row of {@code workflow_analytics_fact}: one ticket's dimensions and 0/1 flags. Mutable; one thread. */
final class TicketFact {
    String ticketNo;
    Instant registeredAt;
    LocalDate day;
    /** the first day of the registration month */
    LocalDate month;
    int slot;
    String departmentCode;
    String categoryCode;
    String categoryGroup;
    String districtCode;
    String channel;
    String agent;
    String citizenPhone;
    String addressKey;
    Counts counts = new Counts();

    boolean sameAs(TicketFact other) {
        return other != null && ticketNo.equals(other.ticketNo) && registeredAt.equals(other.registeredAt)
                && day.equals(other.day) && slot == other.slot && departmentCode.equals(other.departmentCode)
                && categoryCode.equals(other.categoryCode) && categoryGroup.equals(other.categoryGroup)
                && districtCode.equals(other.districtCode) && channel.equals(other.channel)
                && agent.equals(other.agent) && Objects.equals(citizenPhone, other.citizenPhone)
                && Objects.equals(addressKey, other.addressKey) && counts.equals(other.counts);
    }
}
