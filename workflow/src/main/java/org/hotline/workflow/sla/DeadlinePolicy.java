package org.hotline.workflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hotline.workflow.TicketType;
import org.hotline.workflow.Urgency;
import org.hotline.workflow.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Computes sign and handle deadlines from {@link SlaProperties}, the category, the routing decision and the working
 * calendar. Internal to the workflow module; thread-safe.
 *
 * <p>Sign: life/property-risk categories and outages in calendar minutes, everything else in working days; a routing
 * rule's minutes win when smaller. Handle: the smallest of the type's days, the category's handling days and the
 * routing rule's days, in working days; urgent tickets additionally no later than the configured calendar hours.
 * The warning fires at the configured percentage of the calendar time between start and deadline, so a deadline
 * that spans a holiday warns proportionally later.
 */
@Component
public class DeadlinePolicy {
    private final SlaProperties properties;
    private final WorkingCalendar calendar;

    DeadlinePolicy(SlaProperties properties, WorkingCalendar calendar) {
        this.properties = properties;
        this.calendar = calendar;
    }

    /** @return the sign deadline of a ticket of this category dispatched at {@code from} */
    public Deadline sign(String categoryCode, Integer ruleMinutes, Instant from) {
        Integer minutes = null;
        if (properties.getLifeRiskCategories().contains(categoryCode)) {
            minutes = properties.getLifeRiskSignMinutes();
        } else if (properties.getOutageCategories().contains(categoryCode)) {
            minutes = properties.getOutageSignMinutes();
        }
        if (ruleMinutes != null && (minutes == null || ruleMinutes < minutes)) {
            minutes = ruleMinutes;
        }
        if (minutes != null) {
            Instant due = from.plus(Duration.ofMinutes(minutes));
            Instant byDays = calendar.addWorkingDays(from, properties.getSignWorkingDays());
            if (due.isBefore(byDays)) {
                return deadline(from, due, null);
            }
        }
        return deadline(from, calendar.addWorkingDays(from, properties.getSignWorkingDays()),
                properties.getSignWorkingDays());
    }

    /**
     * @param categoryDays the category's handling days, 0 or less when the category has none
     * @param ruleDays     the routing rule's handle days, or null
     * @return the handle deadline of a ticket whose clock starts at {@code from}
     */
    public Deadline handle(TicketType type, Urgency urgency, int categoryDays, Integer ruleDays, Instant from) {
        int days = properties.getHandleDays().getOrDefault(type, 15);
        if (categoryDays > 0 && categoryDays < days) {
            days = categoryDays;
        }
        if (ruleDays != null && ruleDays > 0 && ruleDays < days) {
            days = ruleDays;
        }
        Instant byDays = calendar.addWorkingDays(from, days);
        if (urgency == Urgency.URGENT) {
            Instant byHours = from.plus(Duration.ofHours(properties.getUrgentHandleHours()));
            if (byHours.isBefore(byDays)) {
                return deadline(from, byHours, null);
            }
        }
        return deadline(from, byDays, days);
    }

    /**
     * @param handleDueAt the lead department's handle deadline, which a contribution never passes
     * @return the deadline of a co-handling department's contribution whose clock starts at {@code from}
     */
    public Deadline contribution(Instant from, Instant handleDueAt) {
        int days = properties.getContributionWorkingDays();
        Instant byDays = calendar.addWorkingDays(from, days);
        if (handleDueAt != null && handleDueAt.isAfter(from) && handleDueAt.isBefore(byDays)) {
            return deadline(from, handleDueAt, null);
        }
        return deadline(from, byDays, days);
    }

    /** @return the deadline of the dispatcher's review of a reply given at {@code from} */
    public Deadline review(Instant from) {
        return deadline(from, calendar.addWorkingDays(from, properties.getReviewWorkingDays()),
                properties.getReviewWorkingDays());
    }

    /** @return the deadline of the follow-up with the citizen after a reply accepted at {@code from} */
    public Deadline followUp(Instant from) {
        return deadline(from, calendar.addWorkingDays(from, properties.getFollowUpWorkingDays()),
                properties.getFollowUpWorkingDays());
    }

    /** @return a new handle deadline counting the same time again from {@code from} (used when reopening) */
    public Deadline restart(Deadline previous, Instant from) {
        if (previous.calendarTime()) {
            return deadline(from, from.plus(Duration.between(previous.startedAt(), previous.dueAt())), null);
        }
        return deadline(from, calendar.addWorkingDays(from, previous.workingDays()), previous.workingDays());
    }

    /** @return the deadline moved by extra working days (approved extension) */
    public Deadline extend(Deadline current, int workingDays) {
        Instant due = calendar.addWorkingDays(current.dueAt(), workingDays);
        Integer days = current.workingDays() == null ? null : current.workingDays() + workingDays;
        return deadline(current.startedAt(), due, days);
    }

    /**
     * The deadline moved by the time its clock was paused (awaiting the citizen). A working-day deadline moves by
     * the working time the pause took, counted again on working days only, so it never lands on a weekend or
     * holiday; a calendar-time deadline (urgent hours, minutes) moves by the calendar time.
     */
    public Deadline shift(Deadline current, Instant pausedAt, Instant resumedAt) {
        if (current.calendarTime()) {
            Duration paused = resumedAt.isAfter(pausedAt) ? Duration.between(pausedAt, resumedAt) : Duration.ZERO;
            return deadline(current.startedAt(), current.dueAt().plus(paused), current.workingDays(),
                    current.warnAt().plus(paused));
        }
        Duration paused = calendar.workingTimeBetween(pausedAt, resumedAt);
        return deadline(current.startedAt(), calendar.addWorkingTime(current.dueAt(), paused),
                current.workingDays(), calendar.addWorkingTime(current.warnAt(), paused));
    }

    private Deadline deadline(Instant start, Instant due, Integer days) {
        long millis = Duration.between(start, due).toMillis();
        Instant warn = start.plusMillis(millis * properties.getWarningPercent() / 100).truncatedTo(ChronoUnit.SECONDS);
        return new Deadline(start, due, warn, days);
    }

    private Deadline deadline(Instant start, Instant due, Integer days, Instant warn) {
        return new Deadline(start, due, warn, days);
    }
}
