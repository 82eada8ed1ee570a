package org.hotline.workflow;

import java.util.Locale;

/** Kind of a calendar entry. JSON: {@code holiday}, {@code workday}, {@code normal}. */
public enum DayKind {
    /** a day off even if it falls Monday–Friday (public holiday) */
    HOLIDAY,
    /** a working day even if it falls on a weekend (调休 make-up day) */
    WORKDAY,
    /** no override: Monday–Friday work, weekends off */
    NORMAL;

    /** @return the lower-case word */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the lower-case word.
     *
     * @throws IllegalArgumentException when unknown
     */
    public static DayKind fromJson(String value) {
        return EnumWords.parse(DayKind.class, value);
    }
}
