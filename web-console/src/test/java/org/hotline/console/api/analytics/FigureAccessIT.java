package org.hotline.console.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.Test;

/**
 * Who reads the call figures (supervisors and administrators everything, dispatchers read, agents their own,
 * departments none), repeats by the same normalised address, and the figures' definitions in the OpenAPI document.
 */
class FigureAccessIT extends HotlineIntegrationSupport {

    @Test
    void callFiguresAreReadBySupervisorsAdministratorsAndDispatchersAgentsSeeTheirOwnDepartmentsNone() {
        // An agent's own figures: /stats/agents holds only the agent itself (CallStatsIT checks the filtering).
        TestApi api = api();
        for (String path : List.of("/api/calls/stats", "/api/calls/stats/daily")) {
            for (String user : List.of("supervisor1", "admin", "dispatcher1")) {
                Response response = api.get(user, path);
                assertThat(response.status()).as(user + " " + path + " → " + response).isEqualTo(200);
            }
            for (String user : List.of("agent1", "dept-gjj")) {
                Response response = api.get(user, path);
                assertThat(response.status()).as(user + " " + path + " → " + response).isEqualTo(403);
                assertThat(response.json().get("code").asText()).isEqualTo("forbidden");
            }
        }
        for (String user : List.of("supervisor1", "admin", "dispatcher1", "agent1")) {
            assertThat(api.get(user, "/api/calls/stats/agents").status()).as(user).isEqualTo(200);
        }
        assertThat(api.get("dept-gjj", "/api/calls/stats/agents").status()).isEqualTo(403);
    }

    @Test
    void ticketsFromOnePlaceWrittenDifferentlyAreOneAddressRepeat() {
        TestApi api = api();
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        List<String> spellings = List.of("城关区幸福路" + n + "号院", "城关区 幸福路 " + toFullWidth(String.valueOf(n))
            + "号院。");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < spellings.size(); i++) {
            String phone = "1370" + String.format("%07d", (System.nanoTime() + i * 7919L) % 10_000_000);
            Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
                "categoryCode", "C0401", "districtCode", "JC", "citizenPhone", phone, "address", spellings.get(i),
                "content", "小区门口路灯不亮"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            numbers.add(created.json().get("ticketNo").asText());
        }

        JsonNode group = null;
        for (JsonNode g : api.get("supervisor1", "/api/analytics/repeats?days=30").json().get("groups")) {
            if (g.get("kind").asText().equals("address") && g.get("tickets").toString().contains(numbers.get(1))) {
                group = g;
            }
        }
        assertThat(group).as("an address group holding the second ticket").isNotNull();
        assertThat(group.get("key").asText()).isEqualTo("城关区幸福路" + n + "号院");
        assertThat(group.get("tickets").toString()).contains(numbers.get(0));
    }

    @Test
    void theOpenApiDocumentCarriesTheFiguresDefinitions() {
        Response openApi = api().get("admin", "/v3/api-docs");
        assertThat(openApi.status()).isEqualTo(200);
        String kpis = openApi.json().at("/paths/~1api~1analytics~1kpis/get/description").asText();
        for (Map.Entry<String, KpiDefinitions.Definition> count : KpiDefinitions.COUNTS.entrySet()) {
            assertThat(kpis).contains("`" + count.getKey() + "` " + count.getValue().name() + ": "
                + count.getValue().definition());
        }
        for (Map.Entry<String, KpiDefinitions.Definition> rate : KpiDefinitions.RATES.entrySet()) {
            assertThat(kpis).contains("`" + rate.getKey() + "` " + rate.getValue().name() + ": "
                + rate.getValue().definition());
        }
        assertThat(kpis).contains("受理量").contains("重复诉求率").contains("absent when the denominator is zero");
    }

    private static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (c - '0' + '０')));
        return out.toString();
    }
}
