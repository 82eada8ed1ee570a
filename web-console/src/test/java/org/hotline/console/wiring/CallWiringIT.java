package org.hotline.console.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.console.TestSocket;
import org.hotline.console.push.TestPushClient;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.Contact;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InboundMessage;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The telephony module wired into the application: AMI events from a protocol-faithful Asterisk stand-in become a
 * screen-pop on the answering agent's real WebSocket, a callback task, and call records linked to tickets.
 */
class CallWiringIT extends HotlineIntegrationSupport {

    TestApi api;
    @Autowired
    Contacts contacts;

    @BeforeEach
    void connect() {
        api = api();
        await().atMost(Duration.ofSeconds(15)).until(AMI::hasClient);
    }

    @Test
    void anAnsweredCallPopsTheCallersHistoryAndSuggestionsOnTheAnsweringAgentsScreenOnly() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        String caller = TestCalls.callerOf(call);
        Response earlier = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "consultation",
            "categoryCode", "C0401", "citizenPhone", caller, "content", "租房提取公积金需要什么材料"));
        assertThat(earlier.status()).as(earlier.toString()).isEqualTo(201);
        String earlierNo = earlier.json().get("ticketNo").asText();
        Contact sms = contacts.receive(new InboundMessage(ContactChannel.SMS, null,
            List.of(CitizenIdentity.of(IdentityKind.PHONE, caller, "phone")), null,
            "小区门口路灯坏了一周 身份证110101199003071234", List.of(), null, null, null, null,
            Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS))).contact();
        // Intake links a contact to its citizen moments after storing it; the call comes after that.
        Contact linkedSms = await().atMost(Duration.ofSeconds(30))
            .until(() -> contacts.find(sms.id()).orElseThrow(), contact -> contact.citizenId() != 0);

        try (TestPushClient agent1 = TestSocket.open(api, "agent1");
             TestPushClient agent2 = TestSocket.open(api, "agent2")) {
            AMI.play(call.unsolicitedEvents());

            List<JsonNode> frames = agent1.until(frame -> "screen-pop".equals(frame.path("type").asText())
                && callId.equals(payload(frame).path("callId").asText()));
            JsonNode pop = frames.get(frames.size() - 1);

            JsonNode payload = payload(pop);
            assertThat(payload.get("callerNumber").asText()).isEqualTo(caller);
            assertThat(payload.get("ivrChoice").asText()).isEqualTo("consultation");
            List<String> history = new ArrayList<>();
            payload.get("tickets").forEach(ticket -> history.add(ticket.get("ticketNo").asText()));
            assertThat(history).contains(earlierNo);
            assertThat(payload.get("suggestions").size()).isPositive();
            assertThat(payload.get("citizenId").asLong()).isEqualTo(linkedSms.citizenId());
            JsonNode other = payload.get("otherContacts");
            assertThat(other.size()).isEqualTo(1);
            assertThat(other.get(0).get("contactNo").asText()).isEqualTo(sms.contactNo());
            assertThat(other.get(0).get("channel").asText()).isEqualTo("sms");
            assertThat(other.get(0).get("status").asText()).isEqualTo("queued");
            assertThat(other.get(0).get("receivedAt").asText()).isEqualTo(sms.receivedAt().toString());
            assertThat(other.get(0).get("summary").asText()).startsWith("小区门口路灯坏了一周")
                .doesNotContain("110101199003071234");
            assertThat(agent2.drainWithPing()).noneMatch(frame -> "screen-pop".equals(frame.path("type").asText()));
        }
    }

    @Test
    void anAgentsOwnScreensLearnOfItsStateChangeAndNoOneElsesDo() {
        try (TestPushClient agent2 = TestSocket.open(api, "agent2");
             TestPushClient agent1 = TestSocket.open(api, "agent1")) {
            assertThat(api.post("agent2", "/api/agents/me/state", Map.of("state", "ready")).status()).isEqualTo(200);
            assertThat(api.post("agent2", "/api/agents/me/state", Map.of("state", "paused", "reason", "小休"))
                .status()).isEqualTo(200);

            List<JsonNode> frames = agent2.until(frame -> "agent-state".equals(frame.path("type").asText())
                && "paused".equals(payload(frame).path("state").asText()));
            JsonNode seat = payload(frames.get(frames.size() - 1));
            assertThat(seat.get("agent").asText()).isEqualTo("agent2");
            assertThat(seat.get("pauseReason").asText()).isEqualTo("小休");
            assertThat(seat.hasNonNull("since")).isTrue();
            assertThat(agent1.drainWithPing()).noneMatch(frame -> "agent-state".equals(frame.path("type").asText()));
        }
    }

    @Test
    void aTicketRegisteredDuringACallIsLinkedToItsRecord() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.unsolicitedEvents());
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("supervisor1", "/api/calls/" + callId).status() == 200);

        Response ticket = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0702", "districtCode", "JC", "citizenPhone", TestCalls.callerOf(call),
            "content", "楼下烧烤店每天半夜还在营业，噪音很大", "callId", callId));
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        String no = ticket.json().get("ticketNo").asText();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode record = api.get("supervisor1", "/api/calls/" + callId).json();
            List<String> linked = new ArrayList<>();
            record.get("ticketNos").forEach(n -> linked.add(n.asText()));
            assertThat(linked).contains(no);
        });
    }

    @Test
    void anAbandonedCallBecomesACallbackTask() {
        AmiFixture call = TestCalls.abandonedCall();
        String caller = TestCalls.callerOf(call);

        AMI.play(call.unsolicitedEvents());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode callbacks = api.get("agent1", "/api/callbacks").json();
            List<String> numbers = new ArrayList<>();
            (callbacks.isArray() ? callbacks : callbacks.path("items")).forEach(task ->
                numbers.add(task.path("callerNumber").asText(task.path("number").asText())));
            assertThat(numbers).contains(caller);
        });
    }

    private static JsonNode payload(JsonNode frame) {
        return frame.has("payload") ? frame.get("payload") : frame;
    }
}
