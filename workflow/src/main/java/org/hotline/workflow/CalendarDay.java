package org.hotline.workflow;

import java.time.LocalDate;

/**
 * One day of the working-day calendar.
 *
 * @param date       the day
 * @param kind       override kind, {@link DayKind#NORMAL} without override
 * @param name       holiday or make-up day name (元旦, 春节, ...), may be null
 * @param workingDay whether the day counts as a working day
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, boolean workingDay) {
}
