package org.hotline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default as a newcomer gets it from {@code ops/run}: no profile, the H2 file database in a fresh data
 * directory, no Redis, no Asterisk, sample city and demo users seeded. One ticket goes from registration to closed.
 * (The only test on H2; everything else runs on MariaDB.)
 */
@SpringBootTest(classes = HotlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultSmokeIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("hotline-smoke");
        registry.add("hotline.data-dir", dataDir::toString);
        registry.add("hotline.push.port", () -> "-1");
        registry.add("hotline.fastagi.port", () -> "0");
    }

    @Test
    void takesOneTicketFromRegistrationToClosed() {
        TestApi api = new TestApi(port);
        Response created = api.post("agent1", "/api/tickets", Map.of(
            "channel", "wechat", "type", "help", "categoryCode", "C0704", "districtCode", "DH",
            "content", "东湖县人民路路灯一整排都不亮，晚上走路很危险", "citizenPhone", "13900001111"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String no = created.json().get("ticketNo").asText();
        String department = created.json().get("departmentCode").asText();
        String departmentUser = "dept-" + department.toLowerCase();

        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()).status()).isEqualTo(200);
        assertThat(api.post(departmentUser, "/api/tickets/" + no + "/sign", Map.of()).status()).isEqualTo(200);
        assertThat(api.post(departmentUser, "/api/tickets/" + no + "/reply", Map.of("text", "已修复")).status())
            .isEqualTo(200);
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/review", Map.of("accepted", true)).status())
            .isEqualTo(200);
        Response closed = api.post("dispatcher1", "/api/tickets/" + no + "/follow-up", Map.of("satisfaction", 4));

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(api.get("supervisor1", "/api/tickets/" + no).json().get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void withoutAsteriskATransferIsAClearTelephonyUnavailableProblem() {
        TestApi api = new TestApi(port);
        Response simulated = api.post("agent1", "/api/calls/simulate", Map.of("callerNumber", "13800138000"));
        assertThat(simulated.status()).as(simulated.toString()).isEqualTo(201);
        String callId = simulated.json().get("callId").asText();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
            .until(() -> api.get("agent1", "/api/calls/" + callId).status() == 200);

        Response transfer = api.post("agent1", "/api/calls/" + callId + "/transfer",
            Map.of("department", "GJJ", "mode", "attended"));

        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(503);
        assertThat(transfer.isProblem()).isTrue();
        assertThat(transfer.json().get("code").asText()).isEqualTo("telephony-unavailable");
        assertThat(api.post("agent1", "/api/calls/" + callId + "/transfer/complete", Map.of()).status())
            .isEqualTo(503);
    }

    @Test
    void listensOnLoopbackOnlyAndOffersTheDemoAccountsOnItsLoginPage(
            @org.springframework.beans.factory.annotation.Autowired org.springframework.core.env.Environment env) {
        assertThat(env.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(new TestApi(port).get(null, "/login-info").json().get("demoUsers").asBoolean()).isTrue();
    }
}
