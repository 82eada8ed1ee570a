package org.hotline.console.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drill-down from a figure: {@code /api/analytics/tickets} answers exactly the tickets that one cell of
 * {@code /api/analytics/kpis} counts (paged through to the end), with kpis' role rules.
 */
class FigureTicketsIT extends HotlineIntegrationSupport {
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    TestApi api;

    @BeforeEach
    void connect() {
        api = api();
    }

    @Test
    void eachCellsTicketsAreExactlyTheOnesItCounts() {
        String returned = register("phone", "C0401");
        dispatch(returned);
        Response back = api.post("dept-gjj", "/api/tickets/" + returned + "/return", Map.of("reason", "不属于本单位职责"));
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        String dispatched = register("wechat", "C0401");
        dispatch(dispatched);
        String wechatOnly = register("wechat", "C0702");

        assertCell("none", null, "registered", Set.of(returned, dispatched, wechatOnly));
        assertCell("department", "GJJ", "dispatched", Set.of(dispatched));
        assertCell("department", "GJJ", "returned", Set.of());
        assertCell("none", null, "returned", Set.of(returned));
        assertCell("channel", "wechat", "registered", Set.of(dispatched, wechatOnly));
        assertCell("category", "C0401", "registered", Set.of(returned, dispatched));
        assertCell("agent", "agent1", "registered", Set.of(returned, dispatched, wechatOnly));
        String group = groupOf("C0702");
        assertThat(group).isNotNull();
        assertCell("categoryGroup", group, "registered", Set.of(wechatOnly));
        assertCell("none", null, "overdue", Set.of());
    }

    @Test
    void followsTheRolesOfKpisAndRefusesBadInput() {
        String no = register("phone", "C0401");
        dispatch(no);
        JsonNode own = page("dept-gjj", "department", "GJJ", "dispatched", 0, 100);
        assertThat(own.get("total").asLong()).isPositive();
        assertThat(api.get("dept-gjj", url("department", "RSJ", "dispatched", 0, 20)).status()).isEqualTo(403);
        assertThat(api.get("dept-gjj", url("category", "C0401", "registered", 0, 20)).status()).isEqualTo(403);
        assertThat(api.get("agent1", url("agent", "agent1", "registered", 0, 20)).status()).isEqualTo(200);
        assertThat(api.get("agent1", url("agent", "agent2", "registered", 0, 20)).status()).isEqualTo(403);

        Response badCount = api.get("supervisor1", url("none", null, "everything", 0, 20));
        assertThat(badCount.status()).isEqualTo(400);
        assertThat(badCount.isProblem()).isTrue();
        assertThat(api.get("supervisor1", url("none", null, "registered", 0, 500)).status()).isEqualTo(400);
        assertThat(api.get("supervisor1", url("department", null, "registered", 0, 20)).status()).isEqualTo(400);
        Response csv = api.get("supervisor1", url("none", null, "registered", 0, 20), "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF工单号,").contains(no);
    }

    /** Pages through the cell 7 at a time: every ticket once, as many as kpis counts, the expected ones among them. */
    private void assertCell(String groupBy, String key, String count, Set<String> mustContain) {
        JsonNode groups = api.get("supervisor1", "/api/analytics/kpis?from=" + TODAY + "&to=" + TODAY + "&groupBy="
            + groupBy).json().get("groups");
        long counted = 0;
        for (JsonNode g : groups) {
            if (g.get("key").asText().equals(key == null ? "all" : key)) {
                counted = g.get("counts").get(count).asLong();
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        int size = 7;
        for (int p = 0; ; p++) {
            JsonNode page = page("supervisor1", groupBy, key, count, p, size);
            assertThat(page.get("total").asLong()).as("%s %s %s", groupBy, key, count).isEqualTo(counted);
            for (JsonNode item : page.get("items")) {
                assertThat(item.has("status")).isTrue();
                assertThat(seen.add(item.get("ticketNo").asText())).as("each ticket once").isTrue();
            }
            if (page.get("items").size() < size) {
                break;
            }
        }
        assertThat(seen).as("%s %s %s", groupBy, key, count).hasSize((int) counted).containsAll(mustContain);
    }

    private String groupOf(String category) {
        for (JsonNode c : api.get("supervisor1", "/api/categories").json()) {
            if (category.equals(c.path("code").asText()) && c.hasNonNull("parentCode")) {
                return c.get("parentCode").asText();
            }
        }
        return null;
    }

    private JsonNode page(String user, String groupBy, String key, String count, int page, int size) {
        Response response = api.get(user, url(groupBy, key, count, page, size));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static String url(String groupBy, String key, String count, int page, int size) {
        return "/api/analytics/tickets?from=" + TODAY + "&to=" + TODAY + "&groupBy=" + groupBy
            + (key == null ? "" : "&key=" + key) + "&count=" + count + "&page=" + page + "&size=" + size;
    }

    private String register(String channel, String category) {
        Response created = api.post("agent1", "/api/tickets", Map.of("channel", channel, "type", "complaint",
            "categoryCode", category, "districtCode", "JC", "content", "钻取测试：" + category + " " + channel));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("ticketNo").asText();
    }

    private void dispatch(String no) {
        Response dispatched = api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of());
        assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
    }
}
