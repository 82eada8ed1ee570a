package org.hotline.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The working-day calendar (zone Asia/Shanghai): Monday–Friday are working days, weekends are not, unless a
 * calendar entry says otherwise (public holidays off, make-up workdays 调休 on). Thread-safe.
 *
 * <h2>Deadline rule</h2>
 * Working time counts whole working days; working hours do not matter. {@code addWorkingDays(from, n)} is the same
 * clock time (Asia/Shanghai) on the n-th working day after {@code from}'s day (Friday 10:00 + 1 → Monday 10:00).
 * When {@code from} falls on a non-working day, counting starts at 00:00 of the next working day D and the deadline
 * is 00:00 of the
 * n-th working day after D (e.g. registered Saturday, 1 working day → Tuesday 00:00, i.e. the whole of Monday).
 */
public interface WorkingCalendar {

    /** @return whether the day is a working day */
    boolean isWorkingDay(LocalDate day);

    /** @return every day of the year with its kind and name */
    List<CalendarDay> year(int year);

    /**
     * Sets (or with {@link DayKind#NORMAL} removes) the override of one day. ADMIN only.
     *
     * @throws ActionNotPermittedException when the actor is not an ADMIN
     * @throws InvalidTicketException      when the name is oversize or the date outside 2000..2100
     */
    CalendarDay setDay(LocalDate day, DayKind kind, String name, Actor actor);

    /**
     * Adds working days following the deadline rule above.
     *
     * @throws IllegalArgumentException when days is negative
     */
    Instant addWorkingDays(Instant from, int days);

    /** @return the number of whole working days strictly between the two instants' days (0 when to ≤ from) */
    int workingDaysBetween(Instant from, Instant to);

    /** @return the part of {@code [from, to)} that falls on working days (Asia/Shanghai); zero when to ≤ from */
    java.time.Duration workingTimeBetween(Instant from, Instant to);

    /**
     * @return the instant reached by counting {@code time} on working days only from {@code from}: it never falls on
     *         a weekend or holiday (at most on the midnight that ends a working day)
     */
    Instant addWorkingTime(Instant from, java.time.Duration time);
}
