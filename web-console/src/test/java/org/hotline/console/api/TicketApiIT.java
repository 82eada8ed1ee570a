package org.hotline.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ticket REST API end to end over HTTP, on MariaDB, as the demo users. */
class TicketApiIT extends HotlineIntegrationSupport {

    TestApi api;

    @BeforeEach
    void connect() {
        api = api();
    }

    static Map<String, Object> housingFundQuestion() {
        return Map.of(
            "channel", "phone",
            "type", "complaint",
            "categoryCode", "C0401",
            "districtCode", "JC",
            "address", "江城区滨江路 8 号",
            "citizenPhone", "13800138000",
            "citizenName", "王先生",
            "content", "租房提取公积金三周了还没到账，身份证号990102199001011234，请尽快处理");
    }

    static String register(TestApi api, Map<String, Object> body) {
        Response created = api.post("agent1", "/api/tickets", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("ticketNo").asText();
    }

    @Test
    void registrationAnswersNumberStatusDepartmentAndDeadlines() {
        Response created = api.post("agent1", "/api/tickets", housingFundQuestion());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode ticket = created.json();
        assertThat(ticket.get("ticketNo").asText()).matches("JH\\d{8}\\d{6}");
        assertThat(ticket.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(ticket.get("departmentCode").asText()).isEqualTo("GJJ");
        assertThat(ticket.get("signDueAt").asText()).isNotBlank();
        assertThat(ticket.get("handleDueAt").asText()).isNotBlank();
        assertThat(ticket.get("type").asText()).isEqualTo("complaint");
        assertThat(ticket.get("channel").asText()).isEqualTo("phone");
    }

    @Test
    void takesATicketFromRegistrationToClosedWithAFullTimeline() {
        String no = register(api, housingFundQuestion());

        assertOk(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()));
        assertOk(api.post("dept-gjj", "/api/tickets/" + no + "/sign", Map.of()));
        assertOk(api.post("dept-gjj", "/api/tickets/" + no + "/notes", Map.of("text", "已联系诉求人核实")));
        assertOk(api.post("dept-gjj", "/api/tickets/" + no + "/reply", Map.of("text", "已加急办理，款项 3 日内到账")));
        assertOk(api.post("dispatcher1", "/api/tickets/" + no + "/review", Map.of("accepted", true)));
        Response closed = api.post("dispatcher1", "/api/tickets/" + no + "/follow-up",
            Map.of("satisfaction", 5, "comment", "满意"));

        assertOk(closed);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.json().get("closure").asText()).isEqualTo("satisfied");
        JsonNode timeline = api.get("supervisor1", "/api/tickets/" + no + "/timeline").json();
        List<String> toStatuses = new ArrayList<>();
        timeline.forEach(entry -> toStatuses.add(entry.path("toStatus").asText()));
        assertThat(toStatuses).contains("REGISTERED", "DISPATCHED", "IN_PROGRESS", "REPLIED", "FOLLOW_UP", "CLOSED");
        timeline.forEach(entry -> {
            assertThat(entry.get("actor").asText()).isNotBlank();
            assertThat(entry.get("role").asText()).isNotBlank();
            assertThat(entry.get("at").asText()).isNotBlank();
        });
    }

    @Test
    void anInvalidTransitionAnswers409ProblemAndChangesNothing() {
        String no = register(api, housingFundQuestion());
        int timelineBefore = api.get("supervisor1", "/api/tickets/" + no + "/timeline").json().size();

        Response reply = api.post("dispatcher1", "/api/tickets/" + no + "/review", Map.of("accepted", true));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asText()).isEqualTo("invalid-transition");
        JsonNode after = api.get("supervisor1", "/api/tickets/" + no).json();
        assertThat(after.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(api.get("supervisor1", "/api/tickets/" + no + "/timeline").json().size()).isEqualTo(timelineBefore);
    }

    @Test
    void theWorkflowsLimitsAreTheApisLimits() {
        String no = register(api, housingFundQuestion());
        Response closeWithoutNote = api.post("dispatcher1", "/api/tickets/" + no + "/close", Map.of());
        assertThat(closeWithoutNote.status()).as(closeWithoutNote.toString()).isEqualTo(400);
        assertThat(closeWithoutNote.json().get("errors").get("note").asText()).isEqualTo("required");

        Map<String, Object> longCode = new java.util.HashMap<>(housingFundQuestion());
        longCode.put("categoryCode", "C".repeat(33));
        longCode.put("citizenPhone", "1".repeat(21));
        Response refused = api.post("agent1", "/api/tickets", longCode);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").has("categoryCode")).isTrue();
        assertThat(refused.json().get("errors").has("citizenPhone")).isTrue();

        // A 17..32-character code passes the shape and is then simply unknown: HTTP no longer cuts at 16.
        longCode.put("categoryCode", "C".repeat(32));
        longCode.put("citizenPhone", "1".repeat(20));
        Response unknown = api.post("agent1", "/api/tickets", longCode);
        assertThat(unknown.json().get("code").asText()).as(unknown.toString()).isEqualTo("unknown-reference");
    }

    @Test
    void badInputGetsAProblemWithFieldErrors() {
        Response missing = api.post("agent1", "/api/tickets", Map.of("channel", "phone"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.isProblem()).isTrue();
        assertThat(missing.json().get("errors").has("content")).isTrue();

        Response unknownEnum = api.post("agent1", "/api/tickets", Map.of("channel", "pigeon", "type", "complaint",
            "categoryCode", "C0401", "content", "x"));
        assertThat(unknownEnum.status()).isEqualTo(400);
        assertThat(unknownEnum.isProblem()).isTrue();

        Response notJson = api.post("agent1", "/api/tickets", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.isProblem()).isTrue();

        Response unknownCategory = api.post("agent1", "/api/tickets", Map.of("channel", "web", "type", "help",
            "categoryCode", "C9999", "content", "路灯不亮"));
        assertThat(unknownCategory.status()).isEqualTo(400);
        assertThat(unknownCategory.json().get("code").asText()).isIn("unknown-reference", "invalid-request");

        Response malformedNo = api.get("agent1", "/api/tickets/XX123");
        assertThat(malformedNo.status()).isEqualTo(400);
        assertThat(malformedNo.isProblem()).isTrue();

        Response huge = api.post("agent1", "/api/tickets", Map.of("channel", "web", "type", "help",
            "categoryCode", "C0704", "content", "灯".repeat(300_000)));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.isProblem()).isTrue();
    }

    @Test
    void withoutCredentialsTheApiAnswers401Problem() {
        Response anonymous = api.get(null, "/api/tickets");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
    }

    @Test
    void listsTicketsByStatusAndDepartmentWithPaging() {
        String no = register(api, housingFundQuestion());

        JsonNode page = api.get("dispatcher1", "/api/tickets?status=REGISTERED&department=GJJ&page=0&size=200").json();

        assertThat(page.get("total").asLong()).isPositive();
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(item -> {
            assertThat(item.get("status").asText()).isEqualTo("REGISTERED");
            assertThat(item.get("departmentCode").asText()).isEqualTo("GJJ");
            numbers.add(item.get("ticketNo").asText());
        });
        assertThat(page.get("items").size()).isLessThanOrEqualTo(200);
        assertThat(numbers).contains(no);
        assertThat(api.get("dispatcher1", "/api/tickets?size=1000").status()).isEqualTo(400);
    }

    @Test
    void servesTheCatalogueAndTheOpenApiDocument() {
        assertThat(api.get("agent1", "/api/departments").json().size()).isEqualTo(44);
        assertThat(api.get("agent1", "/api/categories").json().size()).isEqualTo(121);
        assertThat(api.get("agent1", "/api/districts").json().size()).isEqualTo(31);
        assertThat(api.get(null, "/v3/api-docs").status()).isEqualTo(401);
        Response openApi = api.get("admin", "/v3/api-docs");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("paths").has("/api/tickets")).isTrue();
    }

    private static void assertOk(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
