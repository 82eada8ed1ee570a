package org.hotline.workflow.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.hotline.workflow.DayKind;

/**
 * Working-day arithmetic over a fixed set of calendar overrides; the rule is stated on
 * {@link org.hotline.workflow.WorkingCalendar}. Immutable and thread-safe.
 */
final class WorkingDays {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_SCAN_DAYS = 3660;

    private final Map<LocalDate, DayKind> overrides;

    WorkingDays(Map<LocalDate, DayKind> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    boolean isWorkingDay(LocalDate day) {
        DayKind kind = overrides.getOrDefault(day, DayKind.NORMAL);
        if (kind == DayKind.HOLIDAY) {
            return false;
        }
        if (kind == DayKind.WORKDAY) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    Instant addWorkingDays(Instant from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        ZonedDateTime start = from.atZone(ZONE);
        LocalDate day = start.toLocalDate();
        LocalTime time = start.toLocalTime();
        if (!isWorkingDay(day)) {
            day = nextWorkingDay(day);
            time = LocalTime.MIDNIGHT;
        }
        for (int i = 0; i < days; i++) {
            day = nextWorkingDay(day);
        }
        return day.atTime(time).atZone(ZONE).toInstant();
    }

    int workingDaysBetween(Instant from, Instant to) {
        LocalDate first = from.atZone(ZONE).toLocalDate().plusDays(1);
        LocalDate end = to.atZone(ZONE).toLocalDate();
        int count = 0;
        for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** @return the part of {@code [from, to)} that falls on working days */
    Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            LocalDate day = cursor.atZone(ZONE).toLocalDate();
            Instant dayEnd = day.plusDays(1).atStartOfDay(ZONE).toInstant();
            Instant end = dayEnd.isBefore(to) ? dayEnd : to;
            if (isWorkingDay(day)) {
                total = total.plus(Duration.between(cursor, end));
            }
            cursor = end;
        }
        return total;
    }

    /** @return the instant reached by spending {@code time} of working days from {@code from}, never on a day off */
    Instant addWorkingTime(Instant from, Duration time) {
        if (time.isNegative() || time.isZero()) {
            return from;
        }
        Duration left = time;
        Instant cursor = from;
        for (int i = 0; i < MAX_SCAN_DAYS; i++) {
            LocalDate day = cursor.atZone(ZONE).toLocalDate();
            Instant dayEnd = day.plusDays(1).atStartOfDay(ZONE).toInstant();
            if (isWorkingDay(day)) {
                Duration available = Duration.between(cursor, dayEnd);
                if (left.compareTo(available) <= 0) {
                    return cursor.plus(left);
                }
                left = left.minus(available);
            }
            cursor = dayEnd;
        }
        throw new IllegalStateException("no working time within ten years after " + from);
    }

    private LocalDate nextWorkingDay(LocalDate after) {
        LocalDate day = after.plusDays(1);
        for (int i = 0; i < MAX_SCAN_DAYS; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("no working day within ten years after " + after);
    }
}
