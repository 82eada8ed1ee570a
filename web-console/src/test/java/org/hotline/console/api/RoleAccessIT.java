package org.hotline.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each role × each ticket action: allowed or refused; department isolation (404, not 403); masking of personal
 * data by role and the audited reveal.
 */
class RoleAccessIT extends HotlineIntegrationSupport {

    private static final List<String> USERS = List.of("agent1", "dispatcher1", "dept-gjj", "supervisor1", "admin");

    /** Co-handling (协办): the lead department replies, only a co-handler contributes. */
    private static final String CO_HANDLER = "SBZX";

    /** Action → the one demo user whose role may do it. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
        Map.entry("direct-answer", "agent1"),
        Map.entry("dispatch", "dispatcher1"),
        Map.entry("sign", "dept-gjj"),
        Map.entry("return", "dept-gjj"),
        Map.entry("notes", "dept-gjj"),
        Map.entry("extension", "dept-gjj"),
        Map.entry("extension/approve", "dispatcher1"),
        Map.entry("extension/deny", "dispatcher1"),
        Map.entry("await-citizen", "dept-gjj"),
        Map.entry("resume", "dept-gjj"),
        Map.entry("contribute", "dept-sbzx"),
        Map.entry("reply", "dept-gjj"),
        Map.entry("review", "dispatcher1"),
        Map.entry("follow-up", "dispatcher1"),
        Map.entry("merge", "dispatcher1"),
        Map.entry("escalate", "supervisor1"),
        Map.entry("close", "dispatcher1"));

    TestApi api;

    @BeforeEach
    void connect() {
        api = api();
    }

    private String dispatchedToHousingFund(Map<String, Object> overrides) {
        return dispatchedToHousingFund(overrides, List.of());
    }

    private String dispatchedToHousingFund(Map<String, Object> overrides, List<String> coHandlers) {
        Map<String, Object> body = new HashMap<>(TicketApiIT.housingFundQuestion());
        body.putAll(overrides);
        String no = TicketApiIT.register(api, body);
        Response dispatched = api.post("dispatcher1", "/api/tickets/" + no + "/dispatch",
            Map.of("departmentCode", "GJJ", "coHandlers", coHandlers));
        assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
        return no;
    }

    private Map<String, Object> bodyFor(String action, String otherTicket) {
        return switch (action) {
            case "direct-answer" -> Map.of("answer", "可通过江海公积金小程序办理");
            case "return", "extension/deny", "await-citizen" -> Map.of("reason", "不属于本单位职责");
            case "notes", "contribute", "reply" -> Map.of("text", "已办理");
            case "extension" -> Map.of("workingDays", 3, "reason", "需现场核查");
            case "review" -> Map.of("accepted", true);
            case "follow-up" -> Map.of("satisfaction", 4);
            case "merge" -> Map.of("mainTicketNo", otherTicket);
            case "close", "escalate" -> Map.of("note", "诉求人撤回诉求");
            default -> Map.of();
        };
    }

    @Test
    void everyRoleIsAllowedOrRefusedEveryTicketAction() {
        String main = dispatchedToHousingFund(Map.of());
        for (Map.Entry<String, String> rule : ALLOWED.entrySet()) {
            String action = rule.getKey();
            String no = dispatchedToHousingFund(Map.of(), List.of(CO_HANDLER));
            for (String user : USERS) {
                if (user.equals(rule.getValue())) {
                    continue;
                }
                Response refused = api.post(user, "/api/tickets/" + no + "/" + action, bodyFor(action, main));
                assertThat(refused.status()).as(user + " " + action + ": " + refused).isEqualTo(403);
                assertThat(refused.isProblem()).isTrue();
            }
            Response allowed = api.post(rule.getValue(), "/api/tickets/" + no + "/" + action, bodyFor(action, main));
            assertThat(allowed.status()).as(rule.getValue() + " " + action + ": " + allowed).isIn(200, 409);
        }
    }

    @Test
    void onlyAgentsRegisterAndAdminsReadNoTickets() {
        for (String user : USERS) {
            Response response = api.post(user, "/api/tickets", TicketApiIT.housingFundQuestion());
            assertThat(response.status()).as(user).isEqualTo(user.equals("agent1") ? 201 : 403);
        }
        String no = dispatchedToHousingFund(Map.of());
        for (String user : USERS) {
            Response read = api.get(user, "/api/tickets/" + no);
            assertThat(read.status()).as(user).isEqualTo(user.equals("admin") ? 403 : 200);
        }
    }

    @Test
    void anotherDepartmentsTicketIsNotFoundForDepartmentStaff() {
        String no = dispatchedToHousingFund(Map.of());

        Response read = api.get("dept-sbzx", "/api/tickets/" + no);
        Response sign = api.post("dept-sbzx", "/api/tickets/" + no + "/sign", Map.of());
        Response timeline = api.get("dept-sbzx", "/api/tickets/" + no + "/timeline");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.isProblem()).isTrue();
        assertThat(sign.status()).isEqualTo(404);
        assertThat(timeline.status()).isEqualTo(404);
        JsonNode page = api.get("dept-sbzx", "/api/tickets?department=GJJ&size=200").json();
        page.get("items").forEach(item -> {
            assertThat(item.get("ticketNo").asText()).isNotEqualTo(no);
            boolean coHandled = false;
            for (JsonNode coHandler : item.path("coHandlerDepartmentCodes")) {
                coHandled |= coHandler.asText().equals("SBZX");
            }
            assertThat(item.get("departmentCode").asText().equals("SBZX") || coHandled).as(item.toString()).isTrue();
        });
        assertThat(api.get("dept-gjj", "/api/tickets/" + no).status()).isEqualTo(200);
    }

    @Test
    void departmentStaffSeeAMaskedPhoneAndEveryoneButTheRegisteringAgentAMaskedIdNumber() {
        String no = dispatchedToHousingFund(Map.of());

        JsonNode department = api.get("dept-gjj", "/api/tickets/" + no).json();
        JsonNode dispatcher = api.get("dispatcher1", "/api/tickets/" + no).json();
        JsonNode agent = api.get("agent1", "/api/tickets/" + no).json();

        assertThat(department.get("citizenPhone").asText()).isEqualTo("138****8000");
        assertThat(department.get("content").asText()).contains("990102********1234").doesNotContain("990102199001011234");
        assertThat(dispatcher.get("citizenPhone").asText()).isEqualTo("13800138000");
        assertThat(dispatcher.get("content").asText()).doesNotContain("990102199001011234");
        assertThat(agent.get("content").asText()).contains("990102199001011234");
    }

    @Test
    void aConfidentialTicketHidesThePhoneFromTheDepartment() {
        String no = dispatchedToHousingFund(Map.of("confidential", true));

        JsonNode department = api.get("dept-gjj", "/api/tickets/" + no).json();
        Response reveal = api.post("dept-gjj", "/api/tickets/" + no + "/reveal", Map.of("field", "CITIZEN_PHONE", "reason", "回访核实"));

        assertThat(department.path("citizenPhone").isMissingNode() || department.get("citizenPhone").isNull()).isTrue();
        assertThat(reveal.status()).isEqualTo(403);
    }

    @Test
    void revealingAMaskedPhoneIsAnAuditedAction() {
        String no = dispatchedToHousingFund(Map.of());

        Response reveal = api.post("dept-gjj", "/api/tickets/" + no + "/reveal", Map.of("field", "CITIZEN_PHONE", "reason", "回访核实"));

        assertThat(reveal.status()).as(reveal.toString()).isEqualTo(200);
        assertThat(reveal.json().get("value").asText()).isEqualTo("13800138000");
        JsonNode timeline = api.get("supervisor1", "/api/tickets/" + no + "/timeline").json();
        boolean audited = false;
        for (JsonNode entry : timeline) {
            audited |= entry.get("actor").asText().equals("dept-gjj")
                && entry.get("action").asText().toLowerCase().contains("reveal");
        }
        assertThat(audited).as(timeline.toString()).isTrue();
    }
}
