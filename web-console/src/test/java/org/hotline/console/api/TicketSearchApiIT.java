package org.hotline.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ticket list's filters over HTTP on MariaDB: "my tickets today", registration dates, category, district,
 * channel, words, the phone look-up by POST body, the deadline order with paging, and the scoping that no filter
 * escapes (a department sees its own department only, never searches by phone or digits; confidential tickets are
 * found by phone only by those who may see their phone).
 */
class TicketSearchApiIT extends HotlineIntegrationSupport {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    TestApi api;
    String word;

    @BeforeEach
    void connect() {
        api = api();
        word = "查询词" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).replaceAll("[0-9]", "x");
    }

    @Test
    void myTicketsTodayAreTheOnesIRegisteredToday() {
        String mine = register("agent1", ticket("C0401", "JC", "phone", "公积金 " + word));
        String theirs = register("agent2", ticket("C0401", "JC", "phone", "公积金 " + word));
        String today = LocalDate.now(CHINA).toString();

        List<String> listed = numbers(get("agent1", "/api/tickets?registeredBy=me&from=" + today + "&to=" + today
            + "&size=200"));
        assertThat(listed).contains(mine).doesNotContain(theirs);
        String tomorrow = LocalDate.now(CHINA).plusDays(1).toString();
        assertThat(numbers(get("agent1", "/api/tickets?registeredBy=me&from=" + tomorrow))).doesNotContain(mine);
        String yesterday = LocalDate.now(CHINA).minusDays(1).toString();
        assertThat(numbers(get("agent1", "/api/tickets?registeredBy=me&to=" + yesterday))).doesNotContain(mine);

        assertThat(numbers(get("supervisor1", "/api/tickets?registeredBy=agent2&q=" + enc(word)))).containsExactly(theirs);
        assertProblem(api.get("agent1", "/api/tickets?registeredBy=agent2"), 403, "forbidden");
    }

    @Test
    void categoryDistrictChannelAndWordsNarrowTheList() {
        String housing = register("agent1", ticket("C0401", "JC", "phone", "公积金提取 " + word + " 到账慢"));
        String lamp = register("agent1", ticket("C0704", "LG", "wechat", "路灯不亮 " + word));

        assertThat(numbers(get("dispatcher1", "/api/tickets?q=" + enc(word)))).containsExactlyInAnyOrder(housing, lamp);
        assertThat(numbers(get("dispatcher1", "/api/tickets?q=" + enc(word + " 到账慢")))).containsExactly(housing);
        assertThat(numbers(get("dispatcher1", "/api/tickets?q=" + enc(word) + "&category=C0704"))).containsExactly(lamp);
        assertThat(numbers(get("dispatcher1", "/api/tickets?q=" + enc(word) + "&district=JC"))).containsExactly(housing);
        assertThat(numbers(get("dispatcher1", "/api/tickets?q=" + enc(word) + "&channel=wechat"))).containsExactly(lamp);
        assertThat(numbers(get("dispatcher1", "/api/tickets?q=" + enc(word + "%")))).isEmpty();
        assertThat(get("dispatcher1", "/api/tickets?q=" + enc(word)).get("total").asLong()).isEqualTo(2);

        assertProblem(api.get("dispatcher1", "/api/tickets?sort=sideways"), 400, "invalid-request");
        assertProblem(api.get("dispatcher1", "/api/tickets?channel=pigeon"), 400, "invalid-request");
        assertProblem(api.get("dispatcher1", "/api/tickets?from=2026-12-07&to=2026-12-01"), 400, "invalid-request");
        assertProblem(api.get("dispatcher1", "/api/tickets?q=a%20b%20c%20d%20e%20f"), 400, "invalid-request");
        assertProblem(api.get("dispatcher1", "/api/tickets?from=yesterday"), 400, null);
    }

    @Test
    void aPhoneIsLookedUpByPostBodyAndConfidentialTicketsOnlyByThoseWhoMaySeeTheirPhone() {
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        Map<String, Object> open = ticket("C0401", "JC", "phone", "公积金 " + word);
        open.put("citizenPhone", phone);
        String plain = register("agent1", open);
        Map<String, Object> secret = ticket("C0401", "JC", "phone", "举报 " + word);
        secret.put("citizenPhone", phone);
        secret.put("confidential", true);
        String confidential = register("agent2", secret);

        assertThat(numbers(search("agent1", Map.of("phone", phone)))).containsExactly(plain);
        assertThat(numbers(search("agent2", Map.of("phone", phone)))).containsExactlyInAnyOrder(plain, confidential);
        assertThat(numbers(search("dispatcher1", Map.of("phone", phone)))).containsExactlyInAnyOrder(plain,
            confidential);
        assertThat(numbers(search("dispatcher1", Map.of("phone", phone.substring(0, 3) + "-" + phone.substring(3),
            "category", "C0401")))).hasSize(2);
        assertThat(numbers(search("dispatcher1", Map.of("phone", phone, "q", "举报")))).containsExactly(confidential);

        assertThat(api.post("dispatcher1", "/api/tickets/" + plain + "/dispatch", Map.of()).status()).isEqualTo(200);
        assertProblem(api.post("dept-gjj", "/api/tickets/search", Map.of("phone", phone)), 403, "forbidden");
        assertProblem(api.get("dept-gjj", "/api/tickets?q=" + phone.substring(0, 7)), 400, "invalid-request");
        assertProblem(api.post("agent1", "/api/tickets/search", Map.of("phone", "abc")), 400, "invalid-request");
    }

    @Test
    void aDepartmentsListIsItsOwnSortedByDeadlineWithPaging() {
        List<String> gjj = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String no = register("agent1", ticket("C0401", "JC", "phone", "公积金 " + word + " " + i));
            assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()).status()).isEqualTo(200);
            gjj.add(no);
        }
        // The newest one is signed: its handling deadline (working days) comes after the others' sign deadlines.
        assertThat(api.post("dept-gjj", "/api/tickets/" + gjj.get(2) + "/sign", Map.of()).status()).isEqualTo(200);
        String lamp = register("agent1", ticket("C0704", "LG", "phone", "路灯不亮 " + word));
        Response lampDispatched = api.post("dispatcher1", "/api/tickets/" + lamp + "/dispatch", Map.of());
        assertThat(lampDispatched.status()).isEqualTo(200);
        String lampDepartment = lampDispatched.json().get("departmentCode").asText();
        assertThat(lampDepartment).isNotEqualTo("GJJ");

        assertThat(numbers(get("dept-gjj", "/api/tickets?q=" + enc(word)))).containsExactly(gjj.get(2), gjj.get(1),
            gjj.get(0));
        JsonNode byDeadline = get("dept-gjj", "/api/tickets?q=" + enc(word) + "&sort=deadline&department=CGJ");
        assertThat(numbers(byDeadline)).containsExactly(gjj.get(0), gjj.get(1), gjj.get(2));
        assertThat(numbers(get("dept-gjj", "/api/tickets?q=" + enc(word) + "&sort=deadline&size=1&page=1")))
            .containsExactly(gjj.get(1));

        JsonNode all = get("dept-gjj", "/api/tickets?sort=deadline&size=200");
        List<Instant> deadlines = new ArrayList<>();
        all.get("items").forEach(t -> {
            assertThat(t.get("departmentCode").asText()).isEqualTo("GJJ");
            // The deadline of the current step: sign, handle, then the center's review and follow-up.
            String status = t.get("status").asText();
            JsonNode due = switch (status) {
                case "REGISTERED", "DISPATCHED", "RETURNED" -> t.get("signDueAt");
                case "REPLIED" -> t.path("review").get("dueAt");
                case "FOLLOW_UP" -> t.path("followUp").get("dueAt");
                case "CLOSED", "MERGED" -> null;
                default -> t.get("handleDueAt");
            };
            if (!t.get("paused").asBoolean() && due != null && !due.isNull()) {
                deadlines.add(Instant.parse(due.asText()));
            }
        });
        assertThat(deadlines).isSorted();
        assertThat(numbers(get("dept-" + lampDepartment.toLowerCase(java.util.Locale.ROOT), "/api/tickets?q=" + enc(word)
            + "&sort=deadline"))).containsExactly(lamp);
    }

    private Map<String, Object> ticket(String category, String district, String channel, String content) {
        return new HashMap<>(Map.of("channel", channel, "type", "complaint", "categoryCode", category,
            "districtCode", district, "content", content));
    }

    private String register(String agent, Map<String, Object> body) {
        Response created = api.post(agent, "/api/tickets", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("ticketNo").asText();
    }

    private JsonNode get(String user, String path) {
        Response response = api.get(user, path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode search(String user, Map<String, Object> body) {
        Response response = api.post(user, "/api/tickets/search", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> numbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(t -> numbers.add(t.get("ticketNo").asText()));
        return numbers;
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        if (code != null) {
            assertThat(response.json().get("code").asText()).isEqualTo(code);
        }
    }
}
