package org.hotline.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.hotline.workflow.DayKind;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    /** The 2026 Spring Festival and National Day arrangements, as in ops/sample-city/calendar. */
    static WorkingDays calendar2026() {
        Map<LocalDate, DayKind> overrides = new HashMap<>();
        for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
            overrides.put(d, DayKind.HOLIDAY);
        }
        overrides.put(LocalDate.of(2026, 2, 14), DayKind.WORKDAY);
        overrides.put(LocalDate.of(2026, 2, 28), DayKind.WORKDAY);
        for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
            overrides.put(d, DayKind.HOLIDAY);
        }
        overrides.put(LocalDate.of(2026, 9, 20), DayKind.WORKDAY);
        overrides.put(LocalDate.of(2026, 10, 10), DayKind.WORKDAY);
        return new WorkingDays(overrides);
    }

    static Instant shanghai(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WorkingDays.ZONE).toInstant();
    }

    @Test
    void weekdaysWorkWeekendsRestUnlessOverridden() {
        WorkingDays days = calendar2026();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 14))).as("make-up Saturday").isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Spring Festival Monday").isFalse();
    }

    @Test
    void addsWorkingDaysAtTheSameClockTime() {
        WorkingDays days = calendar2026();
        assertThat(days.addWorkingDays(shanghai(2026, 11, 20, 10, 30), 1))
                .as("Friday + 1 = Monday").isEqualTo(shanghai(2026, 11, 23, 10, 30));
        assertThat(days.addWorkingDays(shanghai(2026, 11, 23, 10, 30), 5))
                .isEqualTo(shanghai(2026, 11, 30, 10, 30));
    }

    @Test
    void crossesTheSpringFestivalUsingItsMakeUpSaturdays() {
        WorkingDays days = calendar2026();
        // Friday 13 Feb + 1 = make-up Saturday 14 Feb; + 2 skips 15–23 Feb and lands on Tuesday 24 Feb.
        assertThat(days.addWorkingDays(shanghai(2026, 2, 13, 9, 0), 1)).isEqualTo(shanghai(2026, 2, 14, 9, 0));
        assertThat(days.addWorkingDays(shanghai(2026, 2, 13, 9, 0), 2)).isEqualTo(shanghai(2026, 2, 24, 9, 0));
        // Registered on the last holiday (Mon 23 Feb): counting starts Tue 24 00:00, then Wed 25, Thu 26, Fri 27,
        // make-up Sat 28 and Mon 2 Mar.
        assertThat(days.addWorkingDays(shanghai(2026, 2, 23, 15, 0), 5)).isEqualTo(shanghai(2026, 3, 2, 0, 0));
        assertThat(days.addWorkingDays(shanghai(2026, 2, 26, 15, 0), 2)).isEqualTo(shanghai(2026, 2, 28, 15, 0));
    }

    @Test
    void crossesNationalDayWithMakeUpDaysOnEitherSide() {
        WorkingDays days = calendar2026();
        // Wed 30 Sep + 1 = Thu 8 Oct; + 3 = Sat 10 Oct (make-up day).
        assertThat(days.addWorkingDays(shanghai(2026, 9, 30, 14, 0), 1)).isEqualTo(shanghai(2026, 10, 8, 14, 0));
        assertThat(days.addWorkingDays(shanghai(2026, 9, 30, 14, 0), 3)).isEqualTo(shanghai(2026, 10, 10, 14, 0));
        // Sat 19 Sep + 1: counting starts at 00:00 of Sunday 20 Sep (make-up day), deadline Monday 21 Sep 00:00.
        assertThat(days.addWorkingDays(shanghai(2026, 9, 19, 11, 0), 1)).isEqualTo(shanghai(2026, 9, 21, 0, 0));
    }

    @Test
    void registrationOnANonWorkingDayStartsCountingAtTheNextWorkingDaysMidnight() {
        WorkingDays days = calendar2026();
        // Saturday 21 Nov: the whole of Monday 23 Nov is the first working day, deadline Tuesday 00:00.
        assertThat(days.addWorkingDays(shanghai(2026, 11, 21, 16, 45), 1)).isEqualTo(shanghai(2026, 11, 24, 0, 0));
        assertThat(days.addWorkingDays(shanghai(2026, 10, 3, 16, 45), 0)).isEqualTo(shanghai(2026, 10, 8, 0, 0));
    }

    @Test
    void countsWorkingDaysStrictlyBetween() {
        WorkingDays days = calendar2026();
        assertThat(days.workingDaysBetween(shanghai(2026, 9, 30, 9, 0), shanghai(2026, 10, 9, 9, 0))).isEqualTo(1);
    }

    @Test
    void refusesNegativeDays() {
        assertThatThrownBy(() -> calendar2026().addWorkingDays(Instant.now(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
