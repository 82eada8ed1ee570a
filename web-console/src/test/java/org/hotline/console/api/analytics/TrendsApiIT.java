package org.hotline.console.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.console.TestSocket;
import org.hotline.console.push.TestPushClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hot topics and surges over HTTP on MariaDB: tickets registered through the API on days of their own (the engine
 * clock moved to a future day no other test uses), the ranking by significance against the right previous period,
 * the terms of the Chinese analyzer, the drill-downs, one surge push on a real supervisor socket, CSV and roles.
 */
class TrendsApiIT extends HotlineIntegrationSupport {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String NOISE = "小区广场舞噪音扰民，音响开得很大";
    private static final String FUND = "公积金提取申请提交后还没到账";

    TestApi api;

    @BeforeEach
    void connect() {
        api = api();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void hotTopicsRankByScoreAgainstThePreviousPeriodOfTheSameLength() {
        LocalDate to = ownDay(2035);
        LocalDate from = to.minusDays(1);
        // Current period from..to, previous to-3..to-2; to-4 lies before both and must not count.
        List<String> noiseNow = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            noiseNow.add(register(i % 2 == 0 ? from : to, 8 + i % 10, "C0702", "JC", NOISE));
        }
        for (int i = 0; i < 20; i++) {
            register(i % 2 == 0 ? to.minusDays(3) : to.minusDays(2), 8 + i % 10, "C0702", "JC", NOISE);
        }
        for (int i = 0; i < 10; i++) {
            register(to.minusDays(4), 8 + i, "C0702", "JC", NOISE);
        }
        List<String> fundNow = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fundNow.add(register(i % 2 == 0 ? from : to, 9 + i, "C0401", "JC01", FUND));
        }
        register(to.minusDays(2), 9, "C0401", "JC01", FUND);
        register(to.minusDays(4), 9, "C0401", "JC01", FUND);
        register(to.minusDays(4), 10, "C0401", "JC01", FUND);
        ClockUtil.reset();

        Response response = api.get("supervisor1", hotTopics(from, to) + "&limit=50");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("from").asText()).isEqualTo(from.toString());
        assertThat(body.get("previousFrom").asText()).isEqualTo(to.minusDays(3).toString());
        assertThat(body.get("previousTo").asText()).isEqualTo(to.minusDays(2).toString());

        // 20 → 40 (+100 %) is significant; 1 → 4 (+300 %) is not, and ranks below it.
        JsonNode categories = body.get("categories");
        JsonNode noise = find(categories, "key", "C0702");
        assertThat(noise.get("count").asLong()).isEqualTo(40);
        assertThat(noise.get("previous").asLong()).isEqualTo(20);
        assertThat(noise.get("change").asDouble()).isEqualTo(1.0);
        assertThat(noise.get("score").asDouble()).isEqualTo(Significance.score(40, 20));
        assertThat(noise.get("significant").asBoolean()).isTrue();
        assertThat(noise.get("group").asText()).isEqualTo("C07");
        JsonNode fund = find(categories, "key", "C0401");
        assertThat(fund.get("count").asLong()).isEqualTo(4);
        assertThat(fund.get("previous").asLong()).isEqualTo(1);
        assertThat(fund.get("change").asDouble()).isEqualTo(3.0);
        assertThat(fund.get("significant").asBoolean()).isFalse();
        assertThat(indexOf(categories, "key", "C0702")).isLessThan(indexOf(categories, "key", "C0401"));

        // The same for the terms the knowledge module's analyzer found in the masked texts.
        JsonNode terms = body.get("terms");
        JsonNode noiseTerm = find(terms, "term", "噪音");
        assertThat(noiseTerm.get("count").asLong()).isEqualTo(40);
        assertThat(noiseTerm.get("previous").asLong()).isEqualTo(20);
        JsonNode fundTerm = find(terms, "term", "公积金");
        assertThat(fundTerm.get("count").asLong()).isEqualTo(4);
        assertThat(fundTerm.get("previous").asLong()).isEqualTo(1);
        assertThat(indexOf(terms, "term", "噪音")).isLessThan(indexOf(terms, "term", "公积金"));

        // Drill-downs: exactly the period's tickets, paged, in the shape of GET /api/tickets.
        JsonNode byTerm = api.get("supervisor1", drill(from, to) + "&term=噪音&size=20").json();
        assertThat(byTerm.get("total").asLong()).isEqualTo(40);
        assertThat(byTerm.get("items")).hasSize(20);
        assertThat(byTerm.get("items").get(0).get("categoryCode").asText()).isEqualTo("C0702");
        assertThat(numbers(api.get("supervisor1", drill(from, to) + "&term=噪音&size=50").json()))
            .isEqualTo(new HashSet<>(noiseNow));
        assertThat(numbers(api.get("dispatcher1", drill(from, to) + "&category=C0401&size=50").json()))
            .isEqualTo(new HashSet<>(fundNow));
        JsonNode secondPage = api.get("supervisor1", drill(from, to) + "&category=C0702&page=1&size=30").json();
        assertThat(secondPage.get("total").asLong()).isEqualTo(40);
        assertThat(secondPage.get("items")).hasSize(10);

        Response csv = api.get("dispatcher1", hotTopics(from, to), "text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("类别,C0702,", "词语,噪音,噪音,40,20,");
    }

    @Test
    void hotTopicsAreForSupervisorsAndDispatchersOnlyAndCheckTheirInput() {
        LocalDate today = LocalDate.now(CHINA);
        assertThat(api.get("dept-gjj", hotTopics(today, today)).status()).isEqualTo(403);
        assertThat(api.get("agent1", hotTopics(today, today)).status()).isEqualTo(403);
        assertThat(api.get("dept-gjj", drill(today, today) + "&term=噪音").status()).isEqualTo(403);
        assertThat(api.get(null, hotTopics(today, today)).status()).isEqualTo(401);
        for (String bad : List.of(hotTopics(today, today) + "&limit=0", hotTopics(today, today.minusDays(1)),
            drill(today, today), drill(today, today) + "&term=a&category=C0702", drill(today, today)
                + "&term=" + "长".repeat(40), drill(today, today) + "&category=C0702&size=500")) {
            Response response = api.get("supervisor1", bad);
            assertThat(response.status()).as(bad + " → " + response).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
    }

    @Test
    void aSurgeIsStoredOncePushedOnceAndListedWithItsTickets() {
        LocalDate day = ownDay(2045);
        // Expected for 10:00: the same hour of the previous 28 days, 2 tickets / 28 days. The ticket 29 days
        // before and the one at 11:00 are outside it.
        register(day.minusDays(1), 10, "C0803", "JC", "工地夜间施工噪声扰民");
        register(day.minusDays(28), 10, "C0803", "JC", "工地夜间施工噪声扰民");
        register(day.minusDays(29), 10, "C0803", "JC", "工地夜间施工噪声扰民");
        register(day.minusDays(7), 11, "C0803", "JC", "工地夜间施工噪声扰民");
        String hour = day.atTime(10, 0).atZone(CHINA).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertThat(hour).endsWith("T10:00:00+08:00");

        try (TestPushClient supervisor = TestSocket.open(api, "supervisor1")) {
            supervisor.drainWithPing();
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                numbers.add(register(day, 10, "C0803", "JC", "工地夜间施工噪声扰民"));
            }
            ClockUtil.reset();
            assertThat(surgesOf(day, hour)).as("4 tickets stay under the minimum count of 5").isEmpty();

            numbers.add(register(day, 10, "C0803", "JC", "工地夜间施工噪声扰民"));
            JsonNode pushed = last(supervisor.until(frame -> isSurge(frame, hour)));
            JsonNode payload = pushed.get("payload");
            assertThat(payload.get("category").asText()).isEqualTo("C0803");
            assertThat(payload.get("categoryLabel").asText()).isNotBlank();
            assertThat(payload.get("district").asText()).isEqualTo("JC");
            assertThat(payload.get("districtLabel").asText()).isEqualTo("江城区");
            assertThat(payload.get("count").asLong()).isEqualTo(5);
            assertThat(payload.get("expected").asDouble()).isEqualTo(Math.round(2 / 28.0 * 100) / 100.0);
            assertThat(payload.get("tickets")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(numbers);

            numbers.add(register(day, 10, "C0803", "JC", "工地夜间施工噪声扰民"));
            ClockUtil.reset();
            List<JsonNode> listed = surgesOf(day, hour);
            assertThat(listed).singleElement().satisfies(s -> {
                assertThat(s.get("id").asLong()).isEqualTo(payload.get("id").asLong());
                assertThat(s.get("count").asLong()).isEqualTo(6);
                assertThat(s.get("detectedAt").asText()).isNotBlank();
                assertThat(s.get("tickets")).extracting(JsonNode::asText)
                    .containsExactlyInAnyOrderElementsOf(numbers);
            });

            // Every stored push since the alert: the surge was announced once, not again for the sixth ticket.
            try (TestPushClient replay = TestSocket.open(api, "supervisor1", pushed.get("id").asLong() - 1)) {
                assertThat(replay.drainWithPing()).filteredOn(frame -> isSurge(frame, hour)).hasSize(1);
            }
            Response csv = api.get("dispatcher1", "/api/analytics/surges?from=" + day + "&to=" + day, "text/csv");
            assertThat(csv.body()).contains(",C0803,", ",JC,江城区,6,", numbers.get(5));
        }
        assertThat(api.get("dept-gjj", "/api/analytics/surges").status()).isEqualTo(403);
        assertThat(api.get("agent1", "/api/analytics/surges").status()).isEqualTo(403);
        JsonNode body = api.get("supervisor1", "/api/analytics/surges?from=" + day + "&to=" + day).json();
        assertThat(body.get("margin").asDouble()).isEqualTo(0.5);
    }

    @Test
    void theOpenApiDescriptionSaysHowHotTopicsAndSurgesAreDecided() {
        JsonNode paths = api.get("admin", "/v3/api-docs").json().get("paths");
        assertThat(paths.get("/api/analytics/hot-topics").get("get").get("description").asText())
            .contains("√(count + previous)", "1.96");
        assertThat(paths.get("/api/analytics/surges").get("get").get("description").asText())
            .contains("same hour of day");
        assertThat(paths.get("/api/analytics/reports/daily").get("get").get("description").asText())
            .contains("汇总", "督办");
    }

    private List<JsonNode> surgesOf(LocalDate day, String hour) {
        Response response = api.get("supervisor1", "/api/analytics/surges?from=" + day + "&to=" + day);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode s : response.json().get("surges")) {
            if (s.get("hour").asText().equals(hour) && s.get("category").asText().equals("C0803")) {
                found.add(s);
            }
        }
        return found;
    }

    private static boolean isSurge(JsonNode frame, String hour) {
        return "surge-detected".equals(frame.path("type").asText())
            && hour.equals(frame.path("payload").path("hour").asText())
            && "C0803".equals(frame.path("payload").path("category").asText());
    }

    /** Registers a ticket as agent1 at {@code hour}:20 of the day (China time), moving the engine clock there. */
    private String register(LocalDate day, int hour, String category, String district, String content) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(hour, 20)).atZone(CHINA).toInstant()));
        Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", category, "districtCode", district, "content", content));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("ticketNo").asText();
    }

    /** A day of this test's own in the far future, so that no other test's tickets share it. */
    private static LocalDate ownDay(int year) {
        LocalDate day = LocalDate.of(year, 1, 10).plusDays(ThreadLocalRandom.current().nextInt(0, 3000));
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    private static String hotTopics(LocalDate from, LocalDate to) {
        return "/api/analytics/hot-topics?from=" + from + "&to=" + to;
    }

    private static String drill(LocalDate from, LocalDate to) {
        return "/api/analytics/hot-topics/tickets?from=" + from + "&to=" + to;
    }

    private static Set<String> numbers(JsonNode page) {
        Set<String> numbers = new HashSet<>();
        page.get("items").forEach(item -> numbers.add(item.get("ticketNo").asText()));
        return numbers;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        return list.get(indexOf(list, field, value));
    }

    private static int indexOf(JsonNode list, String field, String value) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).get(field).asText().equals(value)) {
                return i;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + list);
    }

    private static JsonNode last(List<JsonNode> frames) {
        return frames.get(frames.size() - 1);
    }
}
