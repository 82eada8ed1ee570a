package org.hotline.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Category;
import org.hotline.workflow.District;
import org.hotline.workflow.KpiGroupBy;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.TestTickets;
import org.hotline.workflow.TicketAnalytics;
import org.hotline.workflow.WorkflowTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supervisor figures over many tickets: generates {@code bench.tickets} (default 100,000; the size is
 * 1,000,000) tickets over the two years 2023–2024 with a realistic mix directly by SQL (batch inserts), builds the
 * rollups with the rebuild, then times every analytics read for one year (2024) and one month (2024-11), each
 * against the naive {@code GROUP BY} over the ticket table for the same period and grouping, in the same run.
 * Target: p99 ≤ 200 ms per read. Writes {@code target/bench/analytics.json}. A rerun with the same size reuses the
 * generated tickets ({@code -Dbench.rebuild=false} then also skips the rebuild).
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
    "spring.datasource.url=jdbc:mysql://${hotline.test.db.host}:${hotline.test.db.port}/${bench.db:hotline_bench}"
            + "?sendFractionalSeconds=false&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
            + "&useSSL=false&allowPublicKeyRetrieval=true&nullDatabaseMeansCurrent=true"
            + "&rewriteBatchedStatements=true",
    "spring.flyway.baseline-on-migrate=true", "spring.flyway.baseline-version=0",
    "logging.level.org.hotline.workflow.ticket=WARN"})
class AnalyticsBench {
    private static final int TICKETS = Integer.getInteger("bench.tickets", 100_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 20);
    private static final int NAIVE_RUNS = Integer.getInteger("bench.naiveRuns", 3);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2024, 12, 31);
    private static final String[] CHANNELS = {"PHONE", "WECHAT", "WEB", "APP", "EMAIL", "SMS"};
    private static final int[] CHANNEL_WEIGHTS = {60, 15, 10, 8, 2, 5};
    private static final int BATCH = 5_000;
    private static final int TARGET_MILLIS = 200;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrgDirectory org;
    @Autowired
    TicketAnalytics analytics;

    @Test
    void readsFromTheRollupsFarFasterThanTheNaiveGroupBy() throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tickets", TICKETS);
        long generated = generateUnlessPresent();
        result.put("generateMillis", generated);
        if (generated > 0 || Boolean.parseBoolean(System.getProperty("bench.rebuild", "true"))) {
            long started = System.nanoTime();
            long rebuilt = analytics.rebuild();
            result.put("rebuildMillis", (System.nanoTime() - started) / 1_000_000);
            result.put("rebuiltTickets", rebuilt);
        }

        Actor supervisor = TestTickets.supervisor();
        Map<String, Object> periods = new LinkedHashMap<>();
        List<String> slow = new ArrayList<>();
        for (Map.Entry<String, LocalDate[]> period : Map.of("year", new LocalDate[] {LocalDate.of(2024, 1, 1), LAST},
                "month", new LocalDate[] {LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30)}).entrySet()) {
            LocalDate from = period.getValue()[0];
            LocalDate to = period.getValue()[1];
            Map<String, Object> reads = new LinkedHashMap<>();
            for (KpiGroupBy groupBy : KpiGroupBy.values()) {
                Timing rollup = time(RUNS, () -> analytics.kpis(from, to, groupBy, supervisor));
                Timing naive = time(NAIVE_RUNS, () -> naive(groupBy, from, to));
                reads.put("kpis?groupBy=" + groupBy.jsonValue(), entry(rollup, naive));
                if (rollup.p99Millis() > TARGET_MILLIS) {
                    slow.add("kpis " + groupBy.jsonValue() + " " + period.getKey());
                }
            }
            Timing tiers = time(RUNS, () -> analytics.tiers(from, to, supervisor));
            reads.put("tiers", entry(tiers, time(NAIVE_RUNS, () -> naive(KpiGroupBy.DEPARTMENT, from, to))));
            if (tiers.p99Millis() > TARGET_MILLIS) {
                slow.add("tiers " + period.getKey());
            }
            periods.put(period.getKey(), reads);
        }
        Timing repeats = time(RUNS, () -> analytics.repeats(30, supervisor));
        result.put("repeats30d", Map.of("p50Millis", repeats.p50Millis(), "p99Millis", repeats.p99Millis()));
        result.put("periods", periods);
        String json = toJson(result);
        System.out.println("AnalyticsBench " + json);
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("analytics.json"), json, StandardCharsets.UTF_8);
        assertThat(slow).as("reads over %d ms at p99", TARGET_MILLIS).isEmpty();
    }

    private static Map<String, Object> entry(Timing rollup, Timing naive) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("p50Millis", rollup.p50Millis());
        entry.put("p99Millis", rollup.p99Millis());
        entry.put("naiveP50Millis", naive.p50Millis());
        entry.put("naiveOverRollupP50", rollup.p50Millis() == 0 ? null
                : Math.round(naive.p50Millis() / rollup.p50Millis() * 10) / 10.0);
        return entry;
    }

    private record Timing(double p50Millis, double p99Millis) {
    }

    private static Timing time(int runs, Supplier<?> read) {
        read.get();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            read.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        double p99 = millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.99) - 1));
        return new Timing(round(millis.get(millis.size() / 2)), round(p99));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The same counts straight from the ticket table: what the figures would cost without rollups. */
    private List<Map<String, Object>> naive(KpiGroupBy groupBy, LocalDate from, LocalDate to) {
        String column = switch (groupBy) {
            case NONE -> "'all'";
            case DEPARTMENT -> "department_code";
            case CATEGORY, CATEGORY_GROUP -> "category_code";
            case DISTRICT -> "district_code";
            case CHANNEL -> "channel";
            case AGENT -> "registered_by";
        };
        return jdbc.queryForList("SELECT " + column + " AS k, COUNT(*) AS registered,"
                + " SUM(CASE WHEN closure = 'DIRECT_ANSWER' THEN 1 ELSE 0 END) AS direct_answered,"
                + " SUM(CASE WHEN sign_started_at IS NOT NULL THEN 1 ELSE 0 END) AS dispatched,"
                + " SUM(CASE WHEN signed_at <= sign_due_at THEN 1 ELSE 0 END) AS signed_on_time,"
                + " SUM(CASE WHEN escalation_count > 0 THEN 1 ELSE 0 END) AS escalated,"
                + " SUM(CASE WHEN replied_at IS NOT NULL THEN 1 ELSE 0 END) AS replied,"
                + " SUM(CASE WHEN status = 'CLOSED' AND closure <> 'MERGED' THEN 1 ELSE 0 END) AS closed,"
                + " SUM(CASE WHEN replied_at <= handle_due_at THEN 1 ELSE 0 END) AS closed_on_time,"
                + " SUM(CASE WHEN satisfaction IS NOT NULL THEN 1 ELSE 0 END) AS followed_up,"
                + " SUM(CASE WHEN satisfaction >= 3 THEN 1 ELSE 0 END) AS satisfied,"
                + " SUM(CASE WHEN reopen_count > 0 THEN 1 ELSE 0 END) AS reopened"
                + " FROM workflow_ticket WHERE registered_at >= ? AND registered_at < ? GROUP BY " + column,
                Timestamp.from(from.atStartOfDay(CHINA).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(CHINA).toInstant()));
    }

    private long generateUnlessPresent() {
        Timestamp start = Timestamp.from(FIRST.atStartOfDay(CHINA).toInstant());
        Timestamp end = Timestamp.from(LAST.plusDays(1).atStartOfDay(CHINA).toInstant());
        Long present = jdbc.queryForObject(
                "SELECT COUNT(*) FROM workflow_ticket WHERE registered_at >= ? AND registered_at < ?", Long.class,
                start, end);
        if (present != null && present == TICKETS) {
            return 0;
        }
        long begin = System.nanoTime();
        for (String table : List.of("workflow_ticket_audit", "workflow_ticket_extension",
                "workflow_analytics_follow_up", "workflow_analytics_fact")) {
            jdbc.update("DELETE FROM " + table + " WHERE ticket_no LIKE 'JH2023%' OR ticket_no LIKE 'JH2024%'");
        }
        jdbc.update("DELETE FROM workflow_ticket WHERE registered_at >= ? AND registered_at < ?", start, end);
        generate();
        return (System.nanoTime() - begin) / 1_000_000;
    }

    private void generate() {
        SplittableRandom random = new SplittableRandom(11);
        List<Category> leaves = org.categories().stream().filter(c -> c.parentCode() != null).toList();
        List<District> districts = org.districts();
        List<String> departments = org.departments().stream().map(d -> d.code()).toList();
        int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1);
        double weights = 0;
        for (int d = 0; d < days; d++) {
            weights += weight(FIRST.plusDays(d));
        }
        List<Object[]> tickets = new ArrayList<>();
        List<Object[]> followUps = new ArrayList<>();
        List<Object[]> returns = new ArrayList<>();
        List<Object[]> extensions = new ArrayList<>();
        int made = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = FIRST.plusDays(d);
            int count = d == days - 1 ? TICKETS - made : (int) Math.round(TICKETS * weight(day) / weights);
            count = Math.min(count, TICKETS - made);
            for (int i = 0; i < count; i++) {
                String no = String.format(Locale.ROOT, "JH%04d%02d%02d%06d", day.getYear(), day.getMonthValue(),
                        day.getDayOfMonth(), 500_000 + i);
                Instant at = day.atTime(8, 0).atZone(CHINA).toInstant()
                        .plusSeconds(random.nextInt(14 * 3600));
                Category category = leaves.get(skewed(random, leaves.size()));
                String department = random.nextInt(10) < 8 ? category.defaultDepartmentCode()
                        : departments.get(random.nextInt(departments.size()));
                District district = districts.get(skewed(random, districts.size()));
                tickets.add(ticket(random, no, at, category.code(), district.code(), department, returns,
                        extensions, followUps));
            }
            made += count;
            if (tickets.size() >= BATCH || d == days - 1) {
                flush(tickets, returns, extensions, followUps);
            }
        }
    }

    private Object[] ticket(SplittableRandom random, String no, Instant at, String category, String district,
            String department, List<Object[]> returns, List<Object[]> extensions, List<Object[]> followUps) {
        String channel = weighted(random);
        String phone = "13" + String.format(Locale.ROOT, "%09d", random.nextInt(TICKETS * 3 / 4 + 1));
        String address = "江海市" + district + "路" + random.nextInt(TICKETS / 2 + 1) + "号";
        String agent = "agent" + (1 + random.nextInt(40));
        Instant signDue = at.plus(Duration.ofDays(1));
        Instant handleDue = at.plus(Duration.ofDays(10));
        boolean recent = at.isAfter(LAST.minusDays(20).atStartOfDay(CHINA).toInstant());
        int outcome = random.nextInt(100);
        Instant dispatchedAt = at.plus(Duration.ofMinutes(30));
        if (outcome < 12) {
            return row(no, "CLOSED", "DIRECT_ANSWER", channel, category, district, address, phone, department,
                    agent, at, null, signDue, handleDue, null, null, at.plusSeconds(300), 0, 0, null);
        }
        if (outcome < 15) {
            return row(no, "CLOSED", "MERGED", channel, category, district, address, phone, department, agent, at,
                    null, signDue, handleDue, null, null, at.plus(Duration.ofDays(5)), 0, 0, null);
        }
        Instant signed = random.nextInt(10) < 9 ? dispatchedAt.plus(Duration.ofHours(2))
                : dispatchedAt.plus(Duration.ofHours(30));
        if (random.nextInt(100) < 5) {
            returns.add(new Object[] {no, Timestamp.from(dispatchedAt.plusSeconds(600)), "dept", "DEPARTMENT",
                    "return", "DISPATCHED", "RETURNED"});
        }
        if (random.nextInt(100) < 4) {
            extensions.add(new Object[] {no, department, "dept", Timestamp.from(signed.plus(Duration.ofDays(3))), 5,
                    "需现场核查", "APPROVED"});
            handleDue = handleDue.plus(Duration.ofDays(7));
        }
        int escalations = random.nextInt(100) < 6 ? 1 : 0;
        if (recent && random.nextInt(100) < 40) {
            return row(no, "IN_PROGRESS", null, channel, category, district, address, phone, department, agent, at,
                    dispatchedAt, signDue, handleDue, signed, null, null, escalations, 0, null);
        }
        Instant replied = random.nextInt(100) < 85 ? signed.plus(Duration.ofDays(1 + random.nextInt(8)))
                : handleDue.plus(Duration.ofDays(1 + random.nextInt(5)));
        int satisfaction = random.nextInt(100) < 88 ? 3 + random.nextInt(3) : 1 + random.nextInt(2);
        int reopened = satisfaction < 3 ? 1 : 0;
        followUps.add(new Object[] {no, Timestamp.from(replied.plus(Duration.ofDays(1))), satisfaction,
                satisfaction >= 3 && random.nextInt(10) < 9, "PHONE", false});
        return row(no, "CLOSED", satisfaction >= 3 ? "SATISFIED" : "UNSATISFIED", channel, category, district,
                address, phone, department, agent, at, dispatchedAt, signDue, handleDue, signed, replied,
                replied.plus(Duration.ofDays(2)), escalations, reopened, satisfaction);
    }

    private static Object[] row(String no, String status, String closure, String channel, String category,
            String district, String address, String phone, String department, String agent, Instant at,
            Instant dispatched, Instant signDue, Instant handleDue, Instant signed, Instant replied, Instant closed,
            int escalations, int reopened, Integer satisfaction) {
        return new Object[] {no, status, closure, channel, "COMPLAINT", category, district, address, "NORMAL", phone,
            "测试工单", false, department, agent, Timestamp.from(at), ts(dispatched), Timestamp.from(signDue),
            ts(dispatched), Timestamp.from(handleDue), ts(signed), ts(replied), ts(closed), false, escalations > 0,
            escalations, reopened, satisfaction};
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private void flush(List<Object[]> tickets, List<Object[]> returns, List<Object[]> extensions,
            List<Object[]> followUps) {
        jdbc.batchUpdate("INSERT INTO workflow_ticket (ticket_no, status, closure, channel, ticket_type, category_code,"
                + " district_code, address, urgency, citizen_phone, content, confidential, department_code,"
                + " registered_by, registered_at, sign_started_at, sign_due_at, handle_started_at, handle_due_at,"
                + " signed_at, replied_at, closed_at, warned, escalated, escalation_count, reopen_count, satisfaction)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tickets);
        jdbc.batchUpdate("INSERT INTO workflow_ticket_audit (ticket_no, occurred_at, actor, actor_role, action,"
                + " from_status, to_status) VALUES (?, ?, ?, ?, ?, ?, ?)", returns);
        jdbc.batchUpdate("INSERT INTO workflow_ticket_extension (ticket_no, department_code, requested_by,"
                + " requested_at, working_days, reason, decision) VALUES (?, ?, ?, ?, ?, ?, ?)", extensions);
        jdbc.batchUpdate("INSERT INTO workflow_analytics_follow_up (ticket_no, followed_up_at, satisfaction, resolved,"
                + " via, reopened) VALUES (?, ?, ?, ?, ?, ?)", followUps);
        tickets.clear();
        returns.clear();
        extensions.clear();
        followUps.clear();
    }

    private static double weight(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? 0.6 : 1.0;
    }

    /** Roughly Zipf-like: low indexes much more often, as real category and district volumes are. */
    private static int skewed(SplittableRandom random, int size) {
        double u = random.nextDouble();
        return Math.min(size - 1, (int) (size * u * u));
    }

    private static String weighted(SplittableRandom random) {
        int pick = random.nextInt(100);
        for (int i = 0; i < CHANNELS.length; i++) {
            pick -= CHANNEL_WEIGHTS[i];
            if (pick < 0) {
                return CHANNELS[i];
            }
        }
        return CHANNELS[0];
    }

    private static String toJson(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":")
                    .append(toJson(v)));
            return out.append('}').toString();
        }
        return value == null ? "null" : value.toString();
    }
}
