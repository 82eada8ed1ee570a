package org.hotline.console.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The analytics REST API over HTTP on MariaDB, as the demo users: JSON contract, CSV, roles, bad input. */
class AnalyticsApiIT extends HotlineIntegrationSupport {
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    private static final List<String> COUNT_KEYS = List.of("registered", "directAnswered", "dispatched", "returned",
        "extended", "escalated", "replied", "closed", "closedOnTime", "followedUp", "satisfied", "resolved",
        "reopened", "merged", "overdue");
    private static final List<String> RATE_KEYS = List.of("signOnTime", "closeOnTime", "return", "extension",
        "followUp", "satisfaction", "resolution", "firstContactResolution", "directAnswer", "repeatRequest");

    TestApi api;

    @BeforeEach
    void connect() {
        api = api();
    }

    @Test
    void kpisAnswerTheContractsJsonAndCountAFollowUpsResolvedAnswer() {
        JsonNode before = all(api.get("supervisor1", kpis("none")));

        String no = registerAndDispatch();
        api.post("dept-gjj", "/api/tickets/" + no + "/sign", Map.of());
        api.post("dept-gjj", "/api/tickets/" + no + "/reply", Map.of("text", "已到账"));
        api.post("dispatcher1", "/api/tickets/" + no + "/review", Map.of("accepted", true));
        Response followedUp = api.post("dispatcher1", "/api/tickets/" + no + "/follow-up",
            Map.of("satisfaction", 4, "via", "phone", "resolved", false));
        assertThat(followedUp.status()).as(followedUp.toString()).isEqualTo(200);

        Response response = api.get("supervisor1", kpis("none"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(fieldNames(body)).containsExactly("from", "to", "groupBy", "groups");
        assertThat(body.get("groupBy").asText()).isEqualTo("none");
        JsonNode group = all(response);
        assertThat(fieldNames(group)).containsExactly("key", "label", "counts", "rates");
        assertThat(fieldNames(group.get("counts"))).containsExactlyElementsOf(COUNT_KEYS);
        assertThat(RATE_KEYS).containsAll(fieldNames(group.get("rates")));
        assertThat(delta(before, group, "registered")).isEqualTo(1);
        assertThat(delta(before, group, "followedUp")).isEqualTo(1);
        assertThat(delta(before, group, "satisfied")).isEqualTo(1);
        assertThat(delta(before, group, "resolved")).isZero();
    }

    @Test
    void groupsByDepartmentWithLabelsAndExportsCsv() {
        registerAndDispatch();

        JsonNode groups = api.get("dispatcher1", kpis("department")).json().get("groups");
        JsonNode gjj = find(groups, "GJJ");
        assertThat(gjj.get("label").asText()).isEqualTo("市住房公积金管理中心");
        assertThat(gjj.get("counts").get("dispatched").asLong()).isPositive();

        Response csv = api.get("supervisor1", kpis("department"), "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFkey,label,受理量,一号答,派单量");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("GJJ,市住房公积金管理中心,"
            + gjj.get("counts").get("registered").asLong() + ","));
    }

    @Test
    void aDepartmentSeesOnlyItsOwnFiguresAndAnAgentOnlyItsOwn() {
        registerAndDispatch();

        JsonNode own = api.get("dept-gjj", kpis("department")).json().get("groups");
        assertThat(own).singleElement().satisfies(g -> assertThat(g.get("key").asText()).isEqualTo("GJJ"));
        Response other = api.get("dept-gjj", kpis("category"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.isProblem()).isTrue();
        JsonNode agent = api.get("agent1", kpis("agent")).json().get("groups");
        assertThat(agent).singleElement().satisfies(g -> assertThat(g.get("key").asText()).isEqualTo("agent1"));
        assertThat(api.get("agent1", kpis("district")).status()).isEqualTo(403);
        assertThat(api.get(null, kpis("none")).status()).isEqualTo(401);
    }

    @Test
    void tiersRankADepartmentAmongItsGroupAndHideTheOthersNames() {
        registerAndDispatch();

        JsonNode all = api.get("supervisor1", "/api/analytics/tiers?from=" + TODAY + "&to=" + TODAY).json();
        JsonNode housing = find(all.get("tiers"), "C04");
        assertThat(housing.get("departments")).anySatisfy(d -> assertThat(d.get("key").asText()).isEqualTo("GJJ"));
        JsonNode own = api.get("dept-gjj", "/api/analytics/tiers?from=" + TODAY + "&to=" + TODAY).json();
        for (JsonNode tier : own.get("tiers")) {
            for (JsonNode entry : tier.get("departments")) {
                assertThat(entry.has("rank")).isTrue();
                if (entry.has("key")) {
                    assertThat(entry.get("key").asText()).isEqualTo("GJJ");
                } else {
                    assertThat(entry.has("label")).isFalse();
                    assertThat(entry.has("counts")).isFalse();
                }
            }
        }
        assertThat(api.get("agent1", "/api/analytics/tiers").status()).isEqualTo(403);
        Response csv = api.get("dispatcher1", "/api/analytics/tiers?from=" + TODAY + "&to=" + TODAY, "text/csv");
        assertThat(csv.body()).contains(",GJJ,市住房公积金管理中心,");
    }

    @Test
    void repeatsListTheSameCallersTicketsForSupervisorsOnly() {
        String phone = "1390" + String.format("%07d", System.nanoTime() % 10_000_000);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
                "categoryCode", "C0401", "districtCode", "JC", "citizenPhone", phone, "content", "公积金提取还没到账"));
            numbers.add(created.json().get("ticketNo").asText());
        }

        JsonNode groups = api.get("supervisor1", "/api/analytics/repeats?days=30").json().get("groups");
        JsonNode group = null;
        for (JsonNode g : groups) {
            if (g.get("tickets").toString().contains(numbers.get(1))) {
                group = g;
            }
        }
        assertThat(group).isNotNull();
        assertThat(group.get("kind").asText()).isEqualTo("phone");
        assertThat(group.get("key").asText()).doesNotContain(phone).endsWith(phone.substring(7));
        assertThat(group.get("tickets").toString()).contains(numbers.get(0));
        assertThat(api.get("dept-gjj", "/api/analytics/repeats").status()).isEqualTo(403);
        assertThat(api.get("supervisor1", "/api/analytics/repeats?days=0").status()).isEqualTo(400);
        assertThat(api.get("supervisor1", "/api/analytics/repeats?days=30", "text/csv").body())
            .contains(numbers.get(0)).doesNotContain(phone);
    }

    @Test
    void badPeriodsAndGroupingsAreProblems() {
        for (String query : List.of("?from=2026-12-10&to=2026-12-01", "?from=2020-01-01&to=2026-01-01",
            "?from=yesterday", "?groupBy=weekday", "?groupBy=" + "x".repeat(40))) {
            Response response = api.get("supervisor1", "/api/analytics/kpis" + query);
            assertThat(response.status()).as(query + " → " + response).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().get("code").asText()).isNotBlank();
        }
    }

    private String registerAndDispatch() {
        Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0401", "districtCode", "JC", "content", "公积金提取还没到账"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String no = created.json().get("ticketNo").asText();
        Response dispatched = api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of());
        assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
        return no;
    }

    private static String kpis(String groupBy) {
        return "/api/analytics/kpis?from=" + TODAY + "&to=" + TODAY + "&groupBy=" + groupBy;
    }

    private static JsonNode all(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode groups = response.json().get("groups");
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).get("key").asText()).isEqualTo("all");
        return groups.get(0);
    }

    private static long delta(JsonNode before, JsonNode after, String count) {
        return after.get("counts").get(count).asLong() - before.get("counts").get(count).asLong();
    }

    private static JsonNode find(JsonNode groups, String key) {
        for (JsonNode g : groups) {
            if (g.get("key").asText().equals(key)) {
                return g;
            }
        }
        throw new AssertionError("no group " + key + " in " + groups);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
