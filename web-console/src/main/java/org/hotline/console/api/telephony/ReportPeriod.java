package org.hotline.console.api.telephony;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A period of a report query: {@code from}/{@code to} as dates ({@code YYYY-MM-DD}, China time, {@code to}
 * inclusive) or as instants (ISO-8601, {@code to} exclusive).
 *
 * @param from start, inclusive
 * @param to   end, exclusive
 */
record ReportPeriod(Instant from, Instant to) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * @param defaultLength the period's length when {@code from} is absent, counted back from {@code to} (or now)
     * @throws IllegalArgumentException when a value is neither a date nor an instant
     */
    static ReportPeriod parse(String from, String to, Duration defaultLength) {
        // Times reach the database in whole seconds: an open end covers the current second whole.
        Instant end = blank(to) ? Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)
                : bound(to.trim(), true);
        Instant start = blank(from) ? end.minus(defaultLength) : bound(from.trim(), false);
        return new ReportPeriod(start, end);
    }

    private static Instant bound(String value, boolean end) {
        if (value.length() > 40) {
            throw new IllegalArgumentException("a date is YYYY-MM-DD or an ISO-8601 instant");
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(CHINA).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("a date is YYYY-MM-DD or an ISO-8601 instant: " + value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
