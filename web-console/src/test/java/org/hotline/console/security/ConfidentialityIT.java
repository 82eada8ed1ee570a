package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.console.TestSocket;
import org.hotline.console.push.TestPushClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Confidential reports and personal data over real HTTP: reveal follows the view, needs a reason, is limited and
 * alerts the supervisors; reads of confidential tickets are audited; departments read no phone or ID number in any
 * form.
 */
class ConfidentialityIT extends HotlineIntegrationSupport {

    private static final String CONTENT = "公积金提取三周未到账。联系电话 139 0013 9000，座机0571-88881234，"
        + "身份证１１０１０１１９９００３０７１２３Ｘ，另一证件110101-1990-0307-1234";

    @Autowired
    ConsoleAccounts accounts;

    private String dispatched(boolean confidential) {
        TestApi api = api();
        Map<String, Object> body = new HashMap<>(Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0401", "districtCode", "JC", "citizenPhone", "13800138000", "citizenName", "王先生",
            "content", CONTENT, "confidential", confidential));
        Response created = api.post("agent1", "/api/tickets", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String no = created.json().get("ticketNo").asText();
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch",
            Map.of("departmentCode", "GJJ")).status()).isEqualTo(200);
        return no;
    }

    private static Map<String, Object> reveal(String reason) {
        return reason == null ? Map.of("field", "CITIZEN_PHONE") : Map.of("field", "CITIZEN_PHONE", "reason", reason);
    }

    @Test
    void aConfidentialReportersPhoneIsRevealedOnlyToTheRegisteringAgentDispatchersAndSupervisorsWithAReason() {
        TestApi api = api();
        String no = dispatched(true);
        String path = "/api/tickets/" + no + "/reveal";

        assertThat(api.post("agent1", path, reveal(null)).status()).isEqualTo(400);
        assertThat(api.post("agent1", path, reveal("回电核实")).json().get("value").asText()).isEqualTo("13800138000");
        assertThat(api.post("dispatcher1", path, reveal("派单核实")).status()).isEqualTo(200);
        assertThat(api.post("supervisor1", path, reveal("督办核实")).status()).isEqualTo(200);
        assertThat(api.post("agent2", path, reveal("好奇")).status()).isEqualTo(403);
        assertThat(api.post("dept-gjj", path, reveal("办理需要")).status()).isEqualTo(403);
        assertThat(api.post("admin", path, reveal("维护")).status()).isEqualTo(403);

        assertThat(api.get("agent2", "/api/tickets/" + no).json().path("citizenPhone").isMissingNode()).isTrue();
        JsonNode trail = api.get("supervisor1", "/api/tickets/" + no + "/access").json();
        assertThat(trail).extracting(row -> row.get("username").asText() + " " + row.get("action").asText() + " "
                + row.path("reason").asText(""))
            .contains("agent1 reveal-citizen_phone 回电核实", "dispatcher1 reveal-citizen_phone 派单核实",
                "agent2 read ", "supervisor1 reveal-citizen_phone 督办核实")
            .noneMatch(line -> line.startsWith("agent2 reveal") || line.startsWith("dept-gjj reveal"));
    }

    @Test
    void revealsAreLimitedPerUserAndTheSupervisorsAreAlertedOnVolume() {
        TestApi api = api();
        String dispatcher = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("admin", "/api/admin/users", Map.of("username", dispatcher, "password", AccountSecurityIT.TEMPORARY,
            "role", "DISPATCHER"));
        accounts.changeOwnPassword(dispatcher, AccountSecurityIT.TEMPORARY, TestApi.PASSWORD + "-harbor-9");
        TestApi asDispatcher = new TestApi(port, TestApi.PASSWORD + "-harbor-9");
        String no = dispatched(false);
        try (TestPushClient supervisor = TestSocket.open(api, "supervisor1")) {
            for (int i = 0; i < 20; i++) {
                Response revealed = asDispatcher.post(dispatcher, "/api/tickets/" + no + "/reveal", reveal("核实 " + i));
                assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
            }
            Response refused = asDispatcher.post(dispatcher, "/api/tickets/" + no + "/reveal", reveal("再次核实"));
            assertThat(refused.status()).isEqualTo(429);

            java.util.List<JsonNode> frames = supervisor.until(frame -> "reveal-volume-alert".equals(
                frame.path("type").asText()) && dispatcher.equals(frame.path("payload").path("username").asText()));
            JsonNode alert = frames.get(frames.size() - 1);
            assertThat(alert.path("payload").path("count").asInt()).isEqualTo(10);
        }
    }

    @Test
    void departmentsReadNoPhoneOrIdNumberInAnyFormInContentOrTimeline() {
        TestApi api = api();
        String no = dispatched(false);
        assertThat(api.post("supervisor1", "/api/tickets/" + no + "/escalate",
            Map.of("note", "请尽快联系诉求人 138-0013-8000")).status()).isEqualTo(200);

        String content = api.get("dept-gjj", "/api/tickets/" + no).json().get("content").asText();
        assertThat(content).contains("139 **** 9000", "****-****1234", "１１０１０１********１２３Ｘ",
                "110101-****-****-1234")
            .doesNotContain("0013 9000", "88881234", "１９９００３０７");
        String timeline = api.get("dept-gjj", "/api/tickets/" + no + "/timeline").body();
        assertThat(timeline).contains("138-****-8000").doesNotContain("0013-8000", "0013 9000");
        assertThat(api.get("agent1", "/api/tickets/" + no).json().get("content").asText()).isEqualTo(CONTENT);
    }
}
