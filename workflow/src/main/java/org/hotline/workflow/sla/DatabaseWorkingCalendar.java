package org.hotline.workflow.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.CalendarDay;
import org.hotline.workflow.DayKind;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar backed by {@code workflow_calendar_day}. Overrides are cached for a minute because every deadline
 * computation needs them; other nodes see an administrator's change within that minute.
 */
@Service
class DatabaseWorkingCalendar implements WorkingCalendar {
    private static final Logger log = LoggerFactory.getLogger(DatabaseWorkingCalendar.class);
    private static final long CACHE_MILLIS = 60_000;

    private final CalendarMapper mapper;
    private volatile Cached cached;

    DatabaseWorkingCalendar(CalendarMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return days().isWorkingDay(day);
    }

    @Override
    public List<CalendarDay> year(int year) {
        Map<LocalDate, CalendarEntry> entries = new HashMap<>();
        for (CalendarEntry entry : mapper.findAll()) {
            entries.put(entry.date(), entry);
        }
        WorkingDays days = days();
        List<CalendarDay> result = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            CalendarEntry entry = entries.get(d);
            result.add(new CalendarDay(d, entry == null ? DayKind.NORMAL : entry.kind(),
                    entry == null ? null : entry.name(), days.isWorkingDay(d)));
        }
        return result;
    }

    @Override
    @Transactional
    public CalendarDay setDay(LocalDate day, DayKind kind, String name, Actor actor) {
        if (actor.role() != Actor.Role.ADMIN) {
            throw new ActionNotPermittedException("edit the calendar", actor.role());
        }
        if (day == null || kind == null || day.getYear() < 2000 || day.getYear() > 2100
                || (name != null && name.length() > 50)) {
            throw new InvalidTicketException(Map.of("day", "a date in 2000..2100, a kind and a name of at most 50"));
        }
        if (kind == DayKind.NORMAL) {
            mapper.delete(day);
        } else {
            CalendarEntry entry = new CalendarEntry(day, kind, name == null || name.isBlank() ? null : name.trim());
            if (mapper.update(entry) == 0) {
                mapper.insert(entry);
            }
        }
        cached = null;
        log.info("calendar day {} set to {} by {}", day, kind, actor.username());
        return new CalendarDay(day, kind, kind == DayKind.NORMAL ? null : name, days().isWorkingDay(day));
    }

    @Override
    public Instant addWorkingDays(Instant from, int days) {
        return days().addWorkingDays(from, days);
    }

    @Override
    public java.time.Duration workingTimeBetween(Instant from, Instant to) {
        return days().workingTimeBetween(from, to);
    }

    @Override
    public Instant addWorkingTime(Instant from, java.time.Duration time) {
        return days().addWorkingTime(from, time);
    }

    @Override
    public int workingDaysBetween(Instant from, Instant to) {
        return days().workingDaysBetween(from, to);
    }

    /** Forgets the cached overrides, e.g. after seeding. */
    void invalidate() {
        cached = null;
    }

    private WorkingDays days() {
        Cached current = cached;
        long now = System.currentTimeMillis();
        if (current == null || now - current.loadedAt > CACHE_MILLIS) {
            Map<LocalDate, DayKind> overrides = new HashMap<>();
            for (CalendarEntry entry : mapper.findAll()) {
                overrides.put(entry.date(), entry.kind());
            }
            current = new Cached(new WorkingDays(overrides), now);
            cached = current;
        }
        return current.days;
    }

    private record Cached(WorkingDays days, long loadedAt) {
    }
}
