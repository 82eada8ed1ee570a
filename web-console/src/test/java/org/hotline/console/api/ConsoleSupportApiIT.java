package org.hotline.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.Test;

/** The endpoints the console added for itself: the agent's own seat, the reveal's reason, telephony problem codes. */
class ConsoleSupportApiIT extends HotlineIntegrationSupport {

    @Test
    void anAgentReadsItsOwnSeatWithTheWrapUpLimit() {
        TestApi api = api();
        assertThat(api.post("agent2", "/api/agents/me/state", Map.of("state", "ready")).status()).isEqualTo(200);
        assertThat(api.post("agent2", "/api/agents/me/state", Map.of("state", "paused", "reason", "培训")).status())
            .isEqualTo(200);

        JsonNode seat = api.get("agent2", "/api/agents/me").json();

        assertThat(seat.get("agent").asText()).isEqualTo("agent2");
        assertThat(seat.get("state").asText()).isEqualTo("paused");
        assertThat(seat.get("pauseReason").asText()).isEqualTo("培训");
        assertThat(seat.get("wrapUpSeconds").asLong()).isEqualTo(2);
        assertThat(seat.hasNonNull("lastHeartbeat")).isTrue();
        assertThat(api.post("agent2", "/api/agents/me/state", Map.of("state", "offline")).status()).isEqualTo(200);
        assertThat(api.get("agent2", "/api/agents/me").json().get("state").asText()).isEqualTo("offline");
        assertThat(api.get("dispatcher1", "/api/agents/me").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/agents/me").status()).isEqualTo(401);
    }

    @Test
    void theReasonForRevealingAPhoneNumberIsRecordedInTheTimeline() {
        TestApi api = api();
        Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "help",
            "categoryCode", "C0401", "citizenPhone", "13912345678", "content", "公积金提取到账时间咨询"));
        String no = created.json().get("ticketNo").asText();
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()).status()).isEqualTo(200);
        assertThat(api.get("dept-gjj", "/api/tickets/" + no).json().get("citizenPhone").asText()).contains("*");

        Response tooLong = api.post("dept-gjj", "/api/tickets/" + no + "/reveal",
            Map.of("field", "CITIZEN_PHONE", "reason", "x".repeat(201)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("code").asText()).isEqualTo("invalid-request");

        Response revealed = api.post("dept-gjj", "/api/tickets/" + no + "/reveal",
            Map.of("field", "CITIZEN_PHONE", "reason", "回电联系诉求人"));
        assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
        assertThat(revealed.json().get("value").asText()).isEqualTo("13912345678");

        List<JsonNode> reveals = new ArrayList<>();
        api.get("dispatcher1", "/api/tickets/" + no + "/timeline").json().forEach(entry -> {
            if ("reveal-phone".equals(entry.get("action").asText())) {
                reveals.add(entry);
            }
        });
        assertThat(reveals).hasSize(1);
        assertThat(reveals.get(0).get("note").asText()).isEqualTo("回电联系诉求人");
        assertThat(reveals.get(0).get("actor").asText()).isEqualTo("dept-gjj");
    }

    @Test
    void telephonyProblemsCarryAStableCode() {
        TestApi api = api();
        Response unknownCall = api.post("agent1", "/api/calls/1.2345/transfer", Map.of("department", "GJJ"));
        assertThat(unknownCall.status()).isEqualTo(404);
        assertThat(unknownCall.json().get("code").asText()).isEqualTo("call-not-found");

        Response unknownCallback = api.post("agent1", "/api/callbacks/999999999/dial", Map.of());
        assertThat(unknownCallback.status()).isEqualTo(404);
        assertThat(unknownCallback.json().get("code").asText()).isEqualTo("callback-not-found");

        Response malformedId = api.post("agent1", "/api/callbacks/abc/dial", Map.of());
        assertThat(malformedId.status()).isEqualTo(400);
        assertThat(malformedId.json().has("code")).isTrue();
    }
}
