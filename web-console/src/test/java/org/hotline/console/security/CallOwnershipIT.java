package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.Test;

/**
 * Calls belong to the agent who answered them: only that agent or a supervisor transfers a live call, and only that
 * agent links a ticket to it. Over real AMI (the protocol-faithful test server) and HTTP.
 */
class CallOwnershipIT extends HotlineIntegrationSupport {

    @Test
    void onlyTheAgentOnTheCallOrASupervisorMayTransferIt() {
        TestApi api = api();
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.eventsThrough("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("agent1", "/api/calls/" + callId).status() == 200);
        int redirects = AMI.actions("Redirect").size();

        Response byOtherAgent = api.post("agent2", "/api/calls/" + callId + "/transfer", Map.of("department", "GJJ"));
        Response emergencyByOtherAgent = api.post("agent2", "/api/calls/" + callId + "/transfer",
            Map.of("emergency", "110"));
        assertThat(byOtherAgent.status()).isEqualTo(404);
        assertThat(emergencyByOtherAgent.status()).isEqualTo(404);
        assertThat(AMI.actions("Redirect")).hasSize(redirects);

        Response bySupervisor = api.post("supervisor1", "/api/calls/" + callId + "/transfer",
            Map.of("department", "GJJ"));
        assertThat(bySupervisor.status()).as(bySupervisor.toString()).isEqualTo(204);
        assertThat(AMI.actions("Redirect")).hasSize(redirects + 1);

        AMI.play(call.eventsAfter("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() ->
            api.get("agent1", "/api/calls/" + callId).json().hasNonNull("endedAt"));
    }

    @Test
    void aTicketIsLinkedOnlyToACallItsRegisteringAgentAnswered() {
        TestApi api = api();
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.unsolicitedEvents());
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("agent1", "/api/calls/" + callId).status() == 200);
        Map<String, Object> ticket = Map.of("channel", "phone", "type", "complaint", "categoryCode", "C0702",
            "districtCode", "JC", "content", "楼下烧烤店每天半夜还在营业，噪音很大", "callId", callId);

        Response byOtherAgent = api.post("agent2", "/api/tickets", ticket);
        assertThat(byOtherAgent.status()).isEqualTo(400);
        assertThat(byOtherAgent.json().get("detail").asText()).contains("callId");
        assertThat(api.post("agent2", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0702", "content", "无此来电", "callId", "1.999999")).status()).isEqualTo(400);

        assertThat(api.post("agent1", "/api/tickets", ticket).status()).isEqualTo(201);
    }
}
