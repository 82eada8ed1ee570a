package org.hotline.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.workflow.sla.WorkingDaysTest.shanghai;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hotline.workflow.Actor;
import org.hotline.workflow.CalendarDay;
import org.hotline.workflow.DayKind;
import org.hotline.workflow.TicketType;
import org.hotline.workflow.Urgency;
import org.hotline.workflow.WorkingCalendar;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {
    private final WorkingDays days = WorkingDaysTest.calendar2026();
    private final DeadlinePolicy policy = new DeadlinePolicy(new SlaProperties(), new WorkingCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate day) {
            return days.isWorkingDay(day);
        }

        @Override
        public List<CalendarDay> year(int year) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CalendarDay setDay(LocalDate day, DayKind kind, String name, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant addWorkingDays(Instant from, int n) {
            return days.addWorkingDays(from, n);
        }

        @Override
        public int workingDaysBetween(Instant from, Instant to) {
            return days.workingDaysBetween(from, to);
        }

        @Override
        public Duration workingTimeBetween(Instant from, Instant to) {
            return days.workingTimeBetween(from, to);
        }

        @Override
        public Instant addWorkingTime(Instant from, Duration time) {
            return days.addWorkingTime(from, time);
        }
    });

    @Test
    void lifeRiskIsSignedWithinFifteenCalendarMinutesEvenOnAHoliday() {
        Instant from = shanghai(2026, 10, 2, 3, 0);
        Deadline sign = policy.sign("C1205", null, from);
        assertThat(sign.dueAt()).isEqualTo(from.plus(Duration.ofMinutes(15)));
        assertThat(sign.warnAt()).isEqualTo(from.plus(Duration.ofMinutes(12)));
        assertThat(sign.calendarTime()).isTrue();
    }

    @Test
    void outagesAreSignedWithinThirtyMinutes() {
        Instant from = shanghai(2026, 11, 22, 20, 0);
        assertThat(policy.sign("C1201", null, from).dueAt()).isEqualTo(from.plus(Duration.ofMinutes(30)));
    }

    @Test
    void otherTicketsAreSignedWithinOneWorkingDayUnlessTheRuleIsStricter() {
        Instant friday = shanghai(2026, 11, 20, 10, 0);
        assertThat(policy.sign("C0101", null, friday).dueAt()).isEqualTo(shanghai(2026, 11, 23, 10, 0));
        assertThat(policy.sign("C0101", 120, friday).dueAt()).isEqualTo(friday.plus(Duration.ofHours(2)));
    }

    @Test
    void handleDaysComeFromTheTypeUnlessTheCategoryOrRuleIsStricter() {
        Instant monday = shanghai(2026, 11, 23, 10, 0);
        assertThat(policy.handle(TicketType.COMPLAINT, Urgency.NORMAL, 0, null, monday).workingDays()).isEqualTo(15);
        assertThat(policy.handle(TicketType.COMPLAINT, Urgency.NORMAL, 5, null, monday).workingDays()).isEqualTo(5);
        assertThat(policy.handle(TicketType.CONSULTATION, Urgency.NORMAL, 3, null, monday).workingDays()).isEqualTo(2);
        assertThat(policy.handle(TicketType.HELP, Urgency.NORMAL, 7, 4, monday).workingDays()).isEqualTo(4);
        assertThat(policy.handle(TicketType.SUGGESTION, Urgency.NORMAL, 0, null, monday).dueAt())
                .isEqualTo(shanghai(2026, 12, 7, 10, 0));
    }

    @Test
    void urgentTicketsAreHandledWithinOneCalendarDay() {
        Instant saturday = shanghai(2026, 11, 21, 10, 0);
        Deadline handle = policy.handle(TicketType.HELP, Urgency.URGENT, 1, null, saturday);
        assertThat(handle.dueAt()).isEqualTo(saturday.plus(Duration.ofHours(24)));
        assertThat(handle.calendarTime()).isTrue();
    }

    @Test
    void extensionMovesTheDeadlineByWorkingDaysAcrossNationalDay() {
        Instant start = shanghai(2026, 9, 21, 9, 0);
        Deadline handle = new Deadline(start, shanghai(2026, 9, 30, 9, 0), shanghai(2026, 9, 28, 9, 0), 7);
        Deadline extended = policy.extend(handle, 2);
        assertThat(extended.dueAt()).isEqualTo(shanghai(2026, 10, 9, 9, 0));
        assertThat(extended.warnAt()).isAfter(handle.warnAt()).isBefore(extended.dueAt());
    }

    @Test
    void pauseShiftsDeadlineAndWarningByThePausedWorkingTime() {
        Instant start = shanghai(2026, 11, 23, 9, 0);
        Deadline handle = new Deadline(start, shanghai(2026, 11, 25, 9, 0), shanghai(2026, 11, 24, 23, 0), 2);
        Deadline shifted = policy.shift(handle, shanghai(2026, 11, 24, 8, 0), shanghai(2026, 11, 24, 13, 0));
        assertThat(shifted.dueAt()).isEqualTo(shanghai(2026, 11, 25, 14, 0));
        assertThat(shifted.warnAt()).isEqualTo(shanghai(2026, 11, 25, 4, 0));
    }

    @Test
    void aWeekendInsideThePauseDoesNotCount() {
        // Friday 17:00 to Monday 09:00: 7 hours of Friday and 9 of Monday.
        assertThat(dueAfterPause(shanghai(2026, 12, 2, 9, 0), shanghai(2026, 11, 27, 17, 0),
                shanghai(2026, 11, 30, 9, 0))).isEqualTo(shanghai(2026, 12, 3, 1, 0));
    }

    @Test
    void aResumedClockNeverLandsTheDeadlineOnAHoliday() {
        // Due on the eve of the National Day week, paused a whole working day before: 24 working hours from
        // 30 Sep 12:00 are 12 hours that day and the remaining 12 after the holidays (1-7 Oct).
        Instant due = dueAfterPause(shanghai(2026, 9, 30, 12, 0), shanghai(2026, 9, 29, 10, 0),
                shanghai(2026, 9, 30, 10, 0));
        assertThat(due).isEqualTo(shanghai(2026, 10, 8, 12, 0));
        assertThat(days.isWorkingDay(due.atZone(WorkingDays.ZONE).toLocalDate())).isTrue();
    }

    /** The due date of a 7-working-day deadline after a pause. */
    private Instant dueAfterPause(Instant dueAt, Instant pausedAt, Instant resumedAt) {
        Deadline handle = new Deadline(dueAt.minus(Duration.ofDays(9)), dueAt, dueAt.minus(Duration.ofDays(2)), 7);
        return policy.shift(handle, pausedAt, resumedAt).dueAt();
    }

    @Test
    void aCalendarTimeDeadlineShiftsByCalendarTime() {
        Deadline urgent = new Deadline(shanghai(2026, 10, 1, 9, 0), shanghai(2026, 10, 2, 9, 0),
                shanghai(2026, 10, 2, 4, 12), null);
        Deadline shifted = policy.shift(urgent, shanghai(2026, 10, 1, 10, 0), shanghai(2026, 10, 1, 13, 0));
        assertThat(shifted.dueAt()).isEqualTo(shanghai(2026, 10, 2, 12, 0));
    }
}
