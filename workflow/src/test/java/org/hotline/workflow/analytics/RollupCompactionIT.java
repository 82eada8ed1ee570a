package org.hotline.workflow.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hotline.workflow.Dispatch;
import org.hotline.workflow.KpiGroupBy;
import org.hotline.workflow.KpiReport;
import org.hotline.workflow.TestTickets;
import org.hotline.workflow.TicketAnalytics;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Folding the rollup's slot rows: commands spread a day's and a month's counts over several slot rows; the compactor
 * leaves one row per group with the same sums, the figures unchanged, and commands after it still add up to what
 * a rebuild from the tickets gives.
 */
class RollupCompactionIT extends WorkflowIntegrationTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    RollupCompactor compactor;
    @Autowired
    TicketAnalytics analytics;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void foldsEachGroupIntoOneRowWithTheSameSums() {
        LocalDate day = ownDay();
        LocalDate month = day.withDayOfMonth(1);
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant()));
        List<TicketNo> numbers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            TicketNo no = registered(TestTickets.socialInsuranceComplaint()).ticketNo();
            numbers.add(no);
            if (i % 3 != 0) {
                tickets.dispatch(no, new Dispatch(null, List.of(), null), TestTickets.dispatcher());
            }
        }
        List<Map<String, Object>> daySums = sums(day);
        List<Map<String, Object>> monthSums = sums(month);
        KpiReport byDepartment = analytics.kpis(day, day, KpiGroupBy.DEPARTMENT, TestTickets.supervisor());
        assertThat(maxRowsPerGroup(day)).as("12 tickets of one category fill several slots").isGreaterThan(1);

        assertThat(compactor.compactTouchedNow()).isPositive();

        assertThat(maxRowsPerGroup(day)).isEqualTo(1);
        assertThat(maxRowsPerGroup(month)).isEqualTo(1);
        assertThat(sums(day)).isEqualTo(daySums);
        assertThat(sums(month)).isEqualTo(monthSums);
        assertThat(analytics.kpis(day, day, KpiGroupBy.DEPARTMENT, TestTickets.supervisor())).isEqualTo(byDepartment);

        // Commands after the fold move counts between groups, also out of rows that were folded away.
        for (TicketNo no : numbers.subList(0, 6)) {
            if (numbers.indexOf(no) % 3 == 0) {
                tickets.dispatch(no, new Dispatch(null, List.of(), null), TestTickets.dispatcher());
            } else {
                tickets.returnTicket(no, "不属于我单位职责", TestTickets.department("SBZX"));
            }
        }
        List<Map<String, Object>> live = sums(day);
        compactor.compactTouchedNow();
        assertThat(sums(day)).isEqualTo(live);
        analytics.rebuild();
        assertThat(sums(day)).isEqualTo(live);
        assertThat(maxRowsPerGroup(day)).isEqualTo(1);
    }

    private List<Map<String, Object>> sums(LocalDate day) {
        return jdbc.queryForList("SELECT dimension, dim_key, SUM(registered), SUM(dispatched), SUM(returned),"
                + " SUM(closed), SUM(repeat_request) FROM workflow_analytics_daily WHERE reg_day = ?"
                + " GROUP BY dimension, dim_key HAVING SUM(registered) <> 0 ORDER BY dimension, dim_key", day);
    }

    private int maxRowsPerGroup(LocalDate day) {
        Integer max = jdbc.queryForObject("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM workflow_analytics_daily"
                + " WHERE reg_day = ? GROUP BY dimension, dim_key) g", Integer.class, day);
        return max == null ? 0 : max;
    }

    /** A weekday between 2041 and 2050 that no other test uses. */
    private static LocalDate ownDay() {
        LocalDate day = LocalDate.of(2041, 1, 8).plusWeeks(ThreadLocalRandom.current().nextInt(0, 450));
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                ? day.plusDays(2) : day;
    }
}
