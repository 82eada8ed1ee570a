package org.hotline.console.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.console.HotlineApplication;
import org.hotline.workflow.Category;
import org.hotline.workflow.District;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.TicketAnalytics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every analytics endpoint over HTTP at the size: generates {@code bench.tickets} (default 1,000,000)
 * tickets over the two years up to today with a realistic mix (skewed categories and districts, channels, direct
 * answers, merges, returns, extensions, late signs and replies, follow-ups, open tickets in the last weeks) directly
 * by SQL (multi-row batch inserts), builds the figures with the rebuild, then times each endpoint for the last
 * calendar year and the last calendar month as a logged-in supervisor (session cookie, JSON), against the naive
 * {@code GROUP BY} over the ticket table for the same question in the same run, each endpoint after {@code bench.warmUp}
 * (default 5) untimed calls. Target: p99 ≤ 200 ms. Endpoints
 * that are not part of this build yet (404) are reported as missing. Writes {@code target/bench/analytics.json}.
 * A rerun with the same size reuses the tickets ({@code -Dbench.rebuild=false} also skips the rebuild).
 */
@SpringBootTest(classes = HotlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"hotline.analytics.compact-interval=1h", "spring.flyway.out-of-order=true",
        "spring.datasource.hikari.data-source-properties.allowLoadLocalInfile=true"})
@ActiveProfiles({"mysql", "it", "bench"})
class AnalyticsBench {
    private static final int TICKETS = Integer.getInteger("bench.tickets", 1_000_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 30);
    private static final int NAIVE_RUNS = Integer.getInteger("bench.naiveRuns", 3);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 5);
    /** For quick iterations: only the endpoints whose names start with one of these (comma-separated). */
    private static final List<String> ONLY = System.getProperty("bench.only", "").isBlank() ? List.of()
        : List.of(System.getProperty("bench.only").split(","));
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate LAST = LocalDate.now(CHINA);
    private static final LocalDate FIRST = LAST.minusYears(2).plusDays(1);
    private static final String[] CHANNELS = {"PHONE", "WECHAT", "WEB", "APP", "EMAIL", "SMS"};
    private static final int[] CHANNEL_WEIGHTS = {60, 15, 10, 8, 2, 5};
    private static final int BATCH = 50_000;
    private static final java.time.format.DateTimeFormatter UTC_WALL_CLOCK =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);
    private static final int TARGET_MILLIS = 200;
    private static final String[] GROUP_BYS = {"none", "department", "category", "categoryGroup", "district",
        "channel", "agent"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrgDirectory org;
    @Autowired
    TicketAnalytics analytics;
    @LocalServerPort
    int port;

    @Test
    void timesEveryAnalyticsEndpointAgainstTheNaiveGroupBy() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tickets", TICKETS);
        result.put("days", FIRST + ".." + LAST);
        result.put("machine", "2 cores shared with other builds and tests while measuring");
        long generated = generateUnlessPresent();
        result.put("generateMillis", generated);
        long termsStarted = System.nanoTime();
        long termRows = fillTermsUnlessPresent(generated > 0);
        result.put("ticketTermRows", termRows);
        result.put("termsMillis", (System.nanoTime() - termsStarted) / 1_000_000);
        if (generated > 0 || Boolean.parseBoolean(System.getProperty("bench.rebuild", "true"))) {
            long started = System.nanoTime();
            result.put("rebuiltTickets", analytics.rebuild());
            result.put("rebuildMillis", (System.nanoTime() - started) / 1_000_000);
        }
        Integer hours = jdbc.queryForObject("SELECT COUNT(*) FROM workflow_analytics_hourly", Integer.class);
        if (hours == null || hours == 0) {
            // The surges' hourly counts, which registration keeps (category and district per hour).
            jdbc.update("INSERT INTO workflow_analytics_hourly (category_code, district_code, hour_start, tickets)"
                + " SELECT category_code, district_code, DATE_FORMAT(registered_at, '%Y-%m-%d %H:00:00'), COUNT(*)"
                + " FROM workflow_ticket GROUP BY category_code, district_code,"
                + " DATE_FORMAT(registered_at, '%Y-%m-%d %H:00:00')");
        }
        if (Boolean.getBoolean("bench.prepareOnly")) {
            // Generating and rebuilding a million tickets takes long on a shared machine: done ahead, timed later.
            write("analytics-prepare.json", result);
            return;
        }
        Session supervisor = new Session(port, "supervisor1", "hotline");

        YearMonth lastMonth = YearMonth.from(LAST).minusMonths(1);
        int lastYear = LAST.getYear() - 1;
        Map<String, LocalDate[]> periods = new LinkedHashMap<>();
        periods.put("year", new LocalDate[] {LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear, 12, 31)});
        periods.put("month", new LocalDate[] {lastMonth.atDay(1), lastMonth.atEndOfMonth()});
        String topDepartment = jdbc.queryForObject("SELECT department_code FROM workflow_ticket"
            + " WHERE department_code IS NOT NULL GROUP BY department_code ORDER BY COUNT(*) DESC LIMIT 1",
            String.class);

        String topCategory = jdbc.queryForObject("SELECT category_code FROM workflow_ticket"
            + " GROUP BY category_code ORDER BY COUNT(*) DESC LIMIT 1", String.class);
        List<String> slow = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, Object> byPeriod = new LinkedHashMap<>();
        for (Map.Entry<String, LocalDate[]> period : periods.entrySet()) {
            LocalDate from = period.getValue()[0];
            LocalDate to = period.getValue()[1];
            String range = "from=" + from + "&to=" + to;
            Map<String, Object> reads = new LinkedHashMap<>();
            for (String groupBy : GROUP_BYS) {
                measure(reads, slow, missing, period.getKey(), "kpis?groupBy=" + groupBy, supervisor,
                    "/api/analytics/kpis?" + range + "&groupBy=" + groupBy, () -> naive(groupBy, from, to));
            }
            measure(reads, slow, missing, period.getKey(), "tiers", supervisor, "/api/analytics/tiers?" + range,
                () -> naiveTiers(from, to));
            measure(reads, slow, missing, period.getKey(), "tickets (drill-down, department dispatched)",
                supervisor, "/api/analytics/tickets?" + range + "&groupBy=department&key=" + topDepartment
                    + "&count=dispatched&page=0&size=20", () -> naiveDrillDown(topDepartment, from, to));
            measure(reads, slow, missing, period.getKey(), "tickets (drill-down, all returned)", supervisor,
                "/api/analytics/tickets?" + range + "&groupBy=none&count=returned&page=0&size=20",
                () -> naiveReturned(from, to));
            measure(reads, slow, missing, period.getKey(), "hot-topics", supervisor,
                "/api/analytics/hot-topics?" + range, () -> naiveHotTopics(from, to));
            measure(reads, slow, missing, period.getKey(), "hot-topics/tickets (drill-down, category)", supervisor,
                "/api/analytics/hot-topics/tickets?" + range + "&category=" + topCategory + "&page=0&size=20",
                () -> naiveCategoryPage(topCategory, from, to));
            List<String> topTerms = jdbc.queryForList("SELECT term FROM kb_term_month WHERE stat_month = ?"
                + " ORDER BY tickets DESC LIMIT 1", String.class, to.withDayOfMonth(1));
            if (!topTerms.isEmpty()) {
                String term = topTerms.get(0);
                measure(reads, slow, missing, period.getKey(), "hot-topics/tickets (drill-down, term)", supervisor,
                    "/api/analytics/hot-topics/tickets?" + range + "&term="
                        + URLEncoder.encode(term, StandardCharsets.UTF_8) + "&page=0&size=20",
                    () -> naiveTermPage(term, from, to));
            }
            measure(reads, slow, missing, period.getKey(), "surges", supervisor, "/api/analytics/surges?" + range,
                () -> naiveSurges(from, to));
            measure(reads, slow, missing, period.getKey(), "reports/daily", supervisor,
                "/api/analytics/reports/daily?date=" + to, () -> naive("department", to, to));
            if (period.getKey().equals("month")) {
                LocalDate monday = to.with(DayOfWeek.MONDAY);
                String week = String.format(Locale.ROOT, "%d-W%02d", to.get(IsoFields.WEEK_BASED_YEAR),
                    to.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                measure(reads, slow, missing, period.getKey(), "reports/weekly", supervisor,
                    "/api/analytics/reports/weekly?week=" + week, () -> naive("department", monday, monday.plusDays(6)));
                measure(reads, slow, missing, period.getKey(), "reports/monthly", supervisor,
                    "/api/analytics/reports/monthly?month=" + lastMonth, () -> naive("department", from, to));
            }
            byPeriod.put(period.getKey(), reads);
        }
        Map<String, Object> current = new LinkedHashMap<>();
        // The floor every endpoint pays: session, security filters, JSON, over loopback HTTP.
        measure(current, slow, missing, "now", "me (HTTP floor, not analytics)", supervisor, "/api/me",
            () -> jdbc.queryForObject("SELECT 1", Integer.class));
        measure(current, slow, missing, "now", "repeats?days=30", supervisor, "/api/analytics/repeats?days=30",
            this::naiveRepeats);
        measure(current, slow, missing, "now", "wallboard", supervisor, "/api/analytics/wallboard",
            this::naiveWallboard);
        byPeriod.put("now", current);
        result.put("endpoints", byPeriod);
        result.put("targetP99Millis", TARGET_MILLIS);
        result.put("over", slow);
        result.put("missing", missing);

        write("analytics.json", result);
        assertThat(slow).as("endpoints over %d ms at p99", TARGET_MILLIS).isEmpty();
    }

    private static void write(String name, Map<String, Object> result) throws IOException {
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result);
        System.out.println("AnalyticsBench " + json);
        Path out = Path.of("target", "bench", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, json, StandardCharsets.UTF_8);
    }

    private void measure(Map<String, Object> reads, List<String> slow, List<String> missing, String period,
                         String name, Session session, String path, Supplier<?> naive) {
        if (!ONLY.isEmpty() && ONLY.stream().noneMatch(name::startsWith)) {
            return;
        }
        int status = session.get(path);
        if (status == 404) {
            missing.add(name);
            return;
        }
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
        Timing endpoint = time(WARM_UP, RUNS, () -> session.get(path));
        // The naive query is warmed once: it is timed at its p50 and takes seconds.
        Timing baseline = time(1, NAIVE_RUNS, naive);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("p50Millis", endpoint.p50());
        entry.put("p99Millis", endpoint.p99());
        entry.put("naiveGroupByP50Millis", baseline.p50());
        entry.put("naiveGroupByMaxMillis", baseline.p99());
        entry.put("naiveOverEndpointP50", ratio(baseline.p50(), endpoint.p50()));
        entry.put("naiveOverEndpointP99", ratio(baseline.p99(), endpoint.p99()));
        reads.put(name, entry);
        System.out.println("AnalyticsBench " + period + " " + name + " " + entry);
        if (endpoint.p99() > TARGET_MILLIS && !name.startsWith("me ")) {
            slow.add(name + " " + period);
        }
    }

    private static Double ratio(double naive, double endpoint) {
        return endpoint == 0 ? null : Math.round(naive / endpoint * 10) / 10.0;
    }

    private record Timing(double p50, double p99) {
    }

    private static Timing time(int warmUp, int runs, Supplier<?> read) {
        // A few untimed calls first: the first calls of an endpoint in a fresh JVM run interpreted code (POI's, say,
        // which nothing before the reports has used) and are several times slower than a running server's.
        for (int i = 0; i < warmUp; i++) {
            read.get();
        }
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

    private Object[] range(LocalDate from, LocalDate to) {
        return new Object[] {Timestamp.from(from.atStartOfDay(CHINA).toInstant()),
            Timestamp.from(to.plusDays(1).atStartOfDay(CHINA).toInstant())};
    }

    /** The same counts straight from the ticket table: what the figures would cost without rollups. */
    private List<Map<String, Object>> naive(String groupBy, LocalDate from, LocalDate to) {
        String column = switch (groupBy) {
            case "none" -> "'all'";
            case "department" -> "department_code";
            case "category", "categoryGroup" -> "category_code";
            case "district" -> "district_code";
            case "channel" -> "channel";
            default -> "registered_by";
        };
        return jdbc.queryForList("SELECT " + column + " AS k," + COUNTS
            + " FROM workflow_ticket WHERE registered_at >= ? AND registered_at < ? GROUP BY " + column,
            range(from, to));
    }

    private static final String COUNTS = " COUNT(*) AS registered,"
        + " SUM(CASE WHEN closure = 'DIRECT_ANSWER' THEN 1 ELSE 0 END) AS direct_answered,"
        + " SUM(CASE WHEN sign_started_at IS NOT NULL THEN 1 ELSE 0 END) AS dispatched,"
        + " SUM(CASE WHEN signed_at <= sign_due_at THEN 1 ELSE 0 END) AS signed_on_time,"
        + " SUM(CASE WHEN escalation_count > 0 THEN 1 ELSE 0 END) AS escalated,"
        + " SUM(CASE WHEN replied_at IS NOT NULL THEN 1 ELSE 0 END) AS replied,"
        + " SUM(CASE WHEN status = 'CLOSED' AND closure <> 'MERGED' THEN 1 ELSE 0 END) AS closed,"
        + " SUM(CASE WHEN replied_at <= handle_due_at THEN 1 ELSE 0 END) AS closed_on_time,"
        + " SUM(CASE WHEN satisfaction IS NOT NULL THEN 1 ELSE 0 END) AS followed_up,"
        + " SUM(CASE WHEN satisfaction >= 3 THEN 1 ELSE 0 END) AS satisfied,"
        + " SUM(CASE WHEN reopen_count > 0 THEN 1 ELSE 0 END) AS reopened";

    private List<Map<String, Object>> naiveTiers(LocalDate from, LocalDate to) {
        return jdbc.queryForList("SELECT department_code, category_code," + COUNTS + " FROM workflow_ticket"
            + " WHERE registered_at >= ? AND registered_at < ? GROUP BY department_code, category_code",
            range(from, to));
    }

    private List<Map<String, Object>> naiveDrillDown(String department, LocalDate from, LocalDate to) {
        Object[] range = range(from, to);
        jdbc.queryForObject("SELECT COUNT(*) FROM workflow_ticket WHERE registered_at >= ? AND registered_at < ?"
            + " AND department_code = ? AND sign_started_at IS NOT NULL", Long.class, range[0], range[1],
            department);
        return jdbc.queryForList("SELECT * FROM workflow_ticket WHERE registered_at >= ? AND registered_at < ?"
            + " AND department_code = ? AND sign_started_at IS NOT NULL ORDER BY registered_at DESC LIMIT 20",
            range[0], range[1], department);
    }

    private List<Map<String, Object>> naiveCategoryPage(String category, LocalDate from, LocalDate to) {
        Object[] range = range(from, to);
        jdbc.queryForObject("SELECT COUNT(*) FROM workflow_ticket WHERE registered_at >= ? AND registered_at < ?"
            + " AND category_code = ?", Long.class, range[0], range[1], category);
        return jdbc.queryForList("SELECT * FROM workflow_ticket WHERE registered_at >= ? AND registered_at < ?"
            + " AND category_code = ? ORDER BY registered_at DESC LIMIT 20", range[0], range[1], category);
    }

    private List<Map<String, Object>> naiveTermPage(String term, LocalDate from, LocalDate to) {
        jdbc.queryForObject("SELECT COUNT(*) FROM kb_term_ticket WHERE term = ? AND stat_day BETWEEN ? AND ?",
            Long.class, term, from, to);
        return jdbc.queryForList("SELECT t.* FROM kb_term_ticket k JOIN workflow_ticket t ON t.ticket_no = k.ticket_no"
            + " WHERE k.term = ? AND k.stat_day BETWEEN ? AND ? ORDER BY k.stat_day DESC, k.ticket_no DESC LIMIT 20",
            term, from, to);
    }

    private List<Map<String, Object>> naiveReturned(LocalDate from, LocalDate to) {
        return jdbc.queryForList("SELECT t.ticket_no, COUNT(*) OVER () AS total FROM workflow_ticket t"
            + " WHERE t.registered_at >= ? AND t.registered_at < ? AND EXISTS (SELECT 1 FROM workflow_ticket_audit a"
            + " WHERE a.ticket_no = t.ticket_no AND a.action = 'return') ORDER BY t.registered_at DESC LIMIT 20",
            range(from, to));
    }

    private List<Map<String, Object>> naiveHotTopics(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        return jdbc.queryForList("SELECT category_code, SUM(CASE WHEN registered_at >= ? THEN 1 ELSE 0 END) AS now,"
            + " SUM(CASE WHEN registered_at < ? THEN 1 ELSE 0 END) AS previous FROM workflow_ticket"
            + " WHERE registered_at >= ? AND registered_at < ? GROUP BY category_code",
            range(from, to)[0], range(from, to)[0], range(from.minusDays(days), to)[0], range(from, to)[1]);
    }

    private List<Map<String, Object>> naiveSurges(LocalDate from, LocalDate to) {
        return jdbc.queryForList("SELECT category_code, district_code, DATE_FORMAT(registered_at, '%Y-%m-%d %H')"
            + " AS hour, COUNT(*) AS n FROM workflow_ticket WHERE registered_at >= ? AND registered_at < ?"
            + " GROUP BY category_code, district_code, hour HAVING n >= 5", range(from, to));
    }

    private List<Map<String, Object>> naiveRepeats() {
        Timestamp since = Timestamp.from(Instant.now().minus(Duration.ofDays(30)));
        return jdbc.queryForList("SELECT citizen_phone, COUNT(*) AS n FROM workflow_ticket WHERE registered_at >= ?"
            + " AND citizen_phone IS NOT NULL GROUP BY citizen_phone HAVING COUNT(*) >= 2 ORDER BY n DESC LIMIT 200",
            since);
    }

    private List<Map<String, Object>> naiveWallboard() {
        Object[] today = range(LAST, LAST);
        jdbc.queryForObject("SELECT COUNT(*) FROM workflow_ticket WHERE status IN ('DISPATCHED', 'IN_PROGRESS',"
            + " 'EXTENSION_REQUESTED') AND (sign_due_at < NOW() OR handle_due_at < NOW())", Long.class);
        return jdbc.queryForList("SELECT channel, COUNT(*) FROM workflow_ticket WHERE registered_at >= ?"
            + " AND registered_at < ? GROUP BY channel", today);
    }

    private long generateUnlessPresent() {
        Timestamp start = Timestamp.from(FIRST.atStartOfDay(CHINA).toInstant());
        Timestamp end = Timestamp.from(LAST.plusDays(1).atStartOfDay(CHINA).toInstant());
        Long present = jdbc.queryForObject(
            "SELECT COUNT(*) FROM workflow_ticket WHERE ticket_no LIKE 'JH%' AND registered_at >= ?"
                + " AND registered_at < ? AND content = '测试工单'", Long.class, start, end);
        if (present != null && present == TICKETS) {
            return 0;
        }
        long begin = System.nanoTime();
        for (String table : List.of("workflow_ticket_audit", "workflow_ticket_extension",
            "workflow_analytics_follow_up", "workflow_analytics_fact", "workflow_ticket")) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("DELETE FROM workflow_analytics_hourly");
        generate();
        return (System.nanoTime() - begin) / 1_000_000;
    }

    /**
     * The content terms the knowledge module counts as each ticket's text arrives ({@code TicketTerms.record}): per
     * ticket 3 to {@value #MAX_TERMS} distinct terms, some from its category's own words (Zipf-like), some from the
     * words all categories share, and now and then a rare word (places, names), with a few words rising over the
     * last months; stored as the app stores them, a {@code kb_term_ticket} row per ticket and term and the sums per
     * day and per month. Filled once per generated ticket set.
     *
     * @return the number of {@code kb_term_ticket} rows
     */
    private long fillTermsUnlessPresent(boolean regenerated) {
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM kb_term_ticket", Long.class);
        if (!regenerated && rows != null && rows > 0) {
            return rows;
        }
        for (String table : List.of("kb_term_ticket", "kb_term_day", "kb_term_month")) {
            jdbc.update("DELETE FROM " + table);
        }
        List<String> common = words(COMMON_HEADS, COMMON_TAILS);
        List<String> rare = new ArrayList<>();
        for (int i = 0; i < RARE_WORDS; i++) {
            rare.add(PLACE_HEADS[i % PLACE_HEADS.length] + PLACE_TAILS[(i / PLACE_HEADS.length) % PLACE_TAILS.length]
                + (i / (PLACE_HEADS.length * PLACE_TAILS.length) == 0 ? "" : "第" + (i / (PLACE_HEADS.length
                * PLACE_TAILS.length)) + "片区"));
        }
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        List<String> categories = jdbc.queryForList("SELECT DISTINCT category_code FROM workflow_ticket"
            + " ORDER BY category_code", String.class);
        for (int c = 0; c < categories.size(); c++) {
            List<String> own = new ArrayList<>();
            for (int i = 0; i < CATEGORY_WORDS; i++) {
                own.add(COMMON_HEADS[(c * 7 + i) % COMMON_HEADS.length] + CATEGORY_TAILS[(c + i * 3)
                    % CATEGORY_TAILS.length]);
            }
            byCategory.put(categories.get(c), own);
        }
        Map<String, Long> months = new java.util.HashMap<>();
        List<Object[]> ticketTerms = new ArrayList<>();
        Map<String, Integer> dayCounts = new java.util.HashMap<>();
        List<Object[]> dayRows = new ArrayList<>();
        long total = 0;
        int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1);
        for (int d = 0; d < days; d++) {
            LocalDate day = FIRST.plusDays(d);
            SplittableRandom random = new SplittableRandom(day.toEpochDay());
            // Rising words: the later in the two years, the likelier (what hot topics must find).
            double rise = (double) d / days;
            List<Map<String, Object>> tickets = jdbc.queryForList("SELECT ticket_no, category_code FROM workflow_ticket"
                + " WHERE registered_at >= ? AND registered_at < ?", range(day, day));
            for (Map<String, Object> t : tickets) {
                String no = (String) t.get("ticket_no");
                List<String> own = byCategory.get((String) t.get("category_code"));
                java.util.Set<String> terms = new java.util.LinkedHashSet<>();
                int wanted = 3 + random.nextInt(MAX_TERMS - 2);
                terms.add(own.get(skewed(random, own.size())));
                terms.add(own.get(skewed(random, own.size())));
                if (random.nextDouble() < 0.02 + 0.10 * rise * rise) {
                    terms.add(RISING[random.nextInt(RISING.length)]);
                }
                for (int guard = 0; terms.size() < wanted && guard < 20; guard++) {
                    terms.add(random.nextInt(10) == 0 ? rare.get(random.nextInt(rare.size()))
                        : common.get(skewed(random, common.size())));
                }
                for (String term : terms) {
                    ticketTerms.add(new Object[] {term, day, no});
                    dayCounts.merge(term, 1, Integer::sum);
                    months.merge(day.withDayOfMonth(1) + "\t" + term, 1L, Long::sum);
                }
            }
            dayCounts.forEach((term, n) -> dayRows.add(new Object[] {day, term, n}));
            dayCounts.clear();
            if (ticketTerms.size() >= BATCH * 4 || d == days - 1) {
                total += ticketTerms.size();
                load("kb_term_ticket", "term, stat_day, ticket_no", ticketTerms);
                load("kb_term_day", "stat_day, term, tickets", dayRows);
                ticketTerms.clear();
                dayRows.clear();
            }
        }
        List<Object[]> monthRows = new ArrayList<>();
        months.forEach((key, n) -> {
            String[] parts = key.split("\t", 2);
            monthRows.add(new Object[] {parts[0], parts[1], n});
        });
        load("kb_term_month", "stat_month, term, tickets", monthRows);
        System.out.println("AnalyticsBench: " + total + " ticket terms, " + months.size() + " month rows");
        return total;
    }

    private static final int MAX_TERMS = 8;
    private static final int RARE_WORDS = 20_000;
    private static final int CATEGORY_WORDS = 24;
    private static final String[] COMMON_HEADS = {"小区", "道路", "物业", "公交", "学校", "医院", "商铺", "工地",
        "广场", "菜市场", "停车场", "公园", "地铁", "电梯", "楼道", "路灯", "井盖", "绿化", "垃圾", "供水", "供暖",
        "燃气", "排水", "网络", "快递", "外卖", "餐馆", "超市", "银行", "社区", "街道", "村委", "派出所", "社保",
        "医保", "公积金", "户籍", "房产", "租房", "装修"};
    private static final String[] COMMON_TAILS = {"噪音", "扰民", "漏水", "停电", "收费", "乱收费", "违建", "占道",
        "异味", "污染", "拥堵", "维修", "损坏", "安全隐患", "服务态度", "拖欠工资", "退费", "押金", "办理进度", "排队",
        "投放", "清运", "施工", "审批", "补贴", "价格", "质量", "虚假宣传", "延误", "改造", "积水", "油烟", "烟尘",
        "光污染", "遛狗", "充电桩", "消防通道", "监控", "门禁", "加装电梯", "噪声", "渗漏", "断供", "停运", "改线",
        "绕行"};
    private static final String[] CATEGORY_TAILS = {"欠薪", "劳动合同", "食品安全", "药品", "医疗纠纷", "入学",
        "学位", "征收", "拆迁", "补偿", "环境卫生", "市容", "交通违法", "信号灯", "公交线路", "出租车", "网约车",
        "共享单车", "房屋质量", "产权证", "预售", "维修基金", "业委会", "养老金", "低保", "残疾人", "退役军人",
        "营商环境", "证照办理", "税费", "消费维权", "预付卡", "电信诈骗", "燃气安全", "自来水水质", "暖气不热"};
    private static final String[] RISING = {"电动车充电", "预付卡跑路", "高温限电", "流感疫苗", "老旧小区改造",
        "新能源车位"};
    private static final String[] PLACE_HEADS = {"东湖", "西山", "南塘", "北关", "新港", "金桥", "银杏", "青石",
        "白鹭", "红星", "长安", "和平", "光明", "幸福", "望江", "临河", "梧桐", "桃源", "锦绣", "滨海"};
    private static final String[] PLACE_TAILS = {"花园", "新村", "苑", "里", "家园", "公寓", "雅居", "名都",
        "小镇", "大厦", "路", "街", "大道", "巷", "村", "湾", "城", "府", "广场", "中心"};

    private static List<String> words(String[] heads, String[] tails) {
        List<String> words = new ArrayList<>();
        // Interleaved so that the skewed pick's favourites mix heads and tails, as real frequent terms do.
        for (int i = 0; i < heads.length * tails.length; i++) {
            words.add(heads[i % heads.length] + tails[(i + i / heads.length) % tails.length]);
        }
        return words;
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
        Batch batch = new Batch();
        int made = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = FIRST.plusDays(d);
            int count = d == days - 1 ? TICKETS - made : (int) Math.round(TICKETS * weight(day) / weights);
            count = Math.min(count, TICKETS - made);
            for (int i = 0; i < count; i++) {
                String no = String.format(Locale.ROOT, "JH%04d%02d%02d%06d", day.getYear(), day.getMonthValue(),
                    day.getDayOfMonth(), 500_000 + i);
                Instant at = day.atTime(8, 0).atZone(CHINA).toInstant().plusSeconds(random.nextInt(14 * 3600));
                Category category = leaves.get(skewed(random, leaves.size()));
                String department = random.nextInt(10) < 8 ? category.defaultDepartmentCode()
                    : departments.get(random.nextInt(departments.size()));
                District district = districts.get(skewed(random, districts.size()));
                batch.tickets.add(ticket(random, no, at, category.code(), district.code(), department, batch));
            }
            made += count;
            if (batch.tickets.size() >= BATCH || d == days - 1) {
                flush(batch);
            }
            if (d % 60 == 0) {
                System.out.println("AnalyticsBench: generated " + made + " tickets up to " + day);
            }
        }
    }

    /** The rows of one batch insert. */
    private static final class Batch {
        final List<Object[]> tickets = new ArrayList<>();
        final List<Object[]> returns = new ArrayList<>();
        final List<Object[]> extensions = new ArrayList<>();
        final List<Object[]> followUps = new ArrayList<>();
    }

    private Object[] ticket(SplittableRandom random, String no, Instant at, String category, String district,
                            String department, Batch batch) {
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
            batch.returns.add(new Object[] {no, Timestamp.from(dispatchedAt.plusSeconds(600)), "dept", "DEPARTMENT",
                "return", "DISPATCHED", "RETURNED"});
        }
        if (random.nextInt(100) < 4) {
            batch.extensions.add(new Object[] {no, department, "dept", Timestamp.from(signed.plus(Duration.ofDays(3))),
                5, "需现场核查", "APPROVED"});
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
        batch.followUps.add(new Object[] {no, Timestamp.from(replied.plus(Duration.ofDays(1))), satisfaction,
            satisfaction >= 3 && random.nextInt(10) < 9, "PHONE", false});
        return row(no, "CLOSED", satisfaction >= 3 ? "SATISFIED" : "UNSATISFIED", channel, category, district,
            address, phone, department, agent, at, dispatchedAt, signDue, handleDue, signed, replied,
            replied.plus(Duration.ofDays(2)), escalations, reopened, satisfaction);
    }

    private static Object[] row(String no, String status, String closure, String channel, String category,
                                String district, String address, String phone, String department, String agent,
                                Instant at, Instant dispatched, Instant signDue, Instant handleDue, Instant signed,
                                Instant replied, Instant closed, int escalations, int reopened,
                                Integer satisfaction) {
        return new Object[] {no, status, closure, channel, "COMPLAINT", category, district, address, "NORMAL", phone,
            "测试工单", false, department, agent, Timestamp.from(at), ts(dispatched), Timestamp.from(signDue),
            ts(dispatched), Timestamp.from(handleDue), ts(signed), ts(replied), ts(closed), false, escalations > 0,
            escalations, reopened, satisfaction};
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /**
     * Loads the batch with {@code LOAD DATA LOCAL INFILE} (tab-separated files, timestamps as the JDBC driver writes
     * them: UTC wall-clock), far faster than inserts at a million rows.
     */
    private void flush(Batch batch) {
        load("workflow_ticket", "ticket_no, status, closure, channel, ticket_type, category_code, district_code,"
            + " address, urgency, citizen_phone, content, confidential, department_code, registered_by, registered_at,"
            + " sign_started_at, sign_due_at, handle_started_at, handle_due_at, signed_at, replied_at, closed_at,"
            + " warned, escalated, escalation_count, reopen_count, satisfaction", batch.tickets);
        load("workflow_ticket_audit", "ticket_no, occurred_at, actor, actor_role, action, from_status, to_status",
            batch.returns);
        load("workflow_ticket_extension", "ticket_no, department_code, requested_by, requested_at, working_days,"
            + " reason, decision", batch.extensions);
        load("workflow_analytics_follow_up", "ticket_no, followed_up_at, satisfaction, resolved, via, reopened",
            batch.followUps);
        batch.tickets.clear();
        batch.returns.clear();
        batch.extensions.clear();
        batch.followUps.clear();
    }

    private void load(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(rows.size() * 200);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                Object value = row[i];
                text.append(i == 0 ? "" : "\t").append(value == null ? "\\N"
                    : value instanceof Timestamp t ? UTC_WALL_CLOCK.format(t.toInstant())
                    : value instanceof Boolean b ? (b ? "1" : "0") : value.toString());
            }
            text.append('\n');
        }
        try {
            Path file = Files.createTempFile(table, ".tsv");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
                jdbc.execute("LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE " + table + " CHARACTER SET utf8mb4"
                    + " FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (" + columns + ")");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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

    /** A logged-in console session over HTTP (form login once, then the session cookie), as the pages call. */
    static final class Session {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Session(int port, String username, String password) {
            this.base = "http://127.0.0.1:" + port;
            send(HttpRequest.newBuilder(URI.create(base + "/login.html")).GET());
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(cookies.getOrDefault("XSRF-TOKEN", ""), StandardCharsets.UTF_8);
            send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (get("/api/me") != 200) {
                throw new IllegalStateException("cannot log in as " + username);
            }
        }

        int get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, */*")
                .GET()).statusCode();
        }

        private HttpResponse<byte[]> send(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                StringBuilder cookie = new StringBuilder();
                cookies.forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(k).append('=')
                    .append(v));
                request.header("Cookie", cookie.toString());
            }
            try {
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                for (String set : response.headers().allValues("Set-Cookie")) {
                    String pair = set.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                return response;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
