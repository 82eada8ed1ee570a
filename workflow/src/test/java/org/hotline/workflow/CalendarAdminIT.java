package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar table through {@link WorkingCalendar}: administrators' edits change deadline arithmetic. */
class CalendarAdminIT extends WorkflowIntegrationTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    WorkingCalendar calendar;

    @Test
    void adminMarksAProvisional2027MakeUpDayAndRemovesItAgain() {
        LocalDate saturday = LocalDate.of(2027, 2, 20);
        Instant friday = LocalDateTime.of(2027, 2, 19, 10, 0).atZone(SHANGHAI).toInstant();
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        try {
            CalendarDay day = calendar.setDay(saturday, DayKind.WORKDAY, "春节调休", TestTickets.admin());
            assertThat(day.workingDay()).isTrue();
            assertThat(calendar.addWorkingDays(friday, 1))
                    .isEqualTo(LocalDateTime.of(2027, 2, 20, 10, 0).atZone(SHANGHAI).toInstant());
            assertThat(calendar.year(2027)).filteredOn(d -> d.date().equals(saturday)).singleElement()
                    .satisfies(d -> assertThat(d.name()).isEqualTo("春节调休"));
        } finally {
            calendar.setDay(saturday, DayKind.NORMAL, null, TestTickets.admin());
        }
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        assertThat(calendar.addWorkingDays(friday, 1))
                .isEqualTo(LocalDateTime.of(2027, 2, 22, 10, 0).atZone(SHANGHAI).toInstant());
    }

    @Test
    void onlyAdminsEditTheCalendar() {
        assertThatThrownBy(() -> calendar.setDay(LocalDate.of(2027, 3, 1), DayKind.HOLIDAY, "x",
                TestTickets.supervisor())).isInstanceOf(ActionNotPermittedException.class);
    }

    @Test
    void springFestival2026DeadlineSkipsTheHolidayAndUsesTheMakeUpSaturday() {
        Instant thursday = LocalDateTime.of(2026, 2, 12, 9, 30).atZone(SHANGHAI).toInstant();
        assertThat(calendar.addWorkingDays(thursday, 3))
                .isEqualTo(LocalDateTime.of(2026, 2, 24, 9, 30).atZone(SHANGHAI).toInstant());
    }
}
