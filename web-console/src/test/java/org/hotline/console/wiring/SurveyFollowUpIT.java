package org.hotline.console.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline.console.wiring.AsteriskAgiCall.sayDigits;
import static org.hotline.console.wiring.AsteriskAgiCall.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.TestCalls;
import org.hotline.telephony.ivr.FastAgiServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The IVR scripts of the running application, driven over a real FastAGI socket as Asterisk drives them, answered by
 * the workflow through the application's telephony ports: the survey score becomes the follow-up (回访) of the ticket
 * registered during the call, and the ticket-status self-service reads a real ticket's status back.
 */
class SurveyFollowUpIT extends HotlineIntegrationSupport {

    private final FastAgiServer fastAgi;
    private TestApi api;

    SurveyFollowUpIT(@Autowired FastAgiServer fastAgi) {
        this.fastAgi = fastAgi;
    }

    @BeforeEach
    void connect() {
        api = api();
        await().atMost(Duration.ofSeconds(15)).until(AMI::hasClient);
    }

    @Test
    void pressingFourInTheSurveyClosesTheCallsTicketAsSatisfiedWithScoreFour() {
        AmiFixture call = answeredCall();
        String callId = TestCalls.callIdOf(call);
        String no = ticketAwaitingFollowUp(call);

        List<String> commands = AsteriskAgiCall.onCall(callId).pressing("4").run(fastAgi.port(), "survey");

        assertThat(commands).contains(stream("hotline/survey-thanks"));
        JsonNode ticket = ticket(no);
        assertThat(ticket.get("status").asText()).isEqualTo("CLOSED");
        assertThat(ticket.get("closure").asText()).isEqualTo("satisfied");
        assertThat(ticket.get("satisfaction").asInt()).isEqualTo(4);
    }

    @Test
    void theSurveyTakesTheCallIdFromTheDialplanParameter() {
        AmiFixture call = answeredCall();
        String callId = TestCalls.callIdOf(call);
        String no = ticketAwaitingFollowUp(call);

        AsteriskAgiCall.onCall("0.0").pressing("5").run(fastAgi.port(), "survey?call=" + callId);

        assertThat(ticket(no).get("satisfaction").asInt()).isEqualTo(5);
        assertThat(ticket(no).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void invalidSurveyKeysRepromptTwiceThenEndPolitelyLeavingTheTicketAwaitingFollowUp() {
        AmiFixture call = answeredCall();
        String callId = TestCalls.callIdOf(call);
        String no = ticketAwaitingFollowUp(call);

        List<String> commands = AsteriskAgiCall.onCall(callId).pressing("9", "7", "").run(fastAgi.port(), "survey");

        assertThat(commands.stream().filter(c -> c.equals(stream("hotline/invalid")))).hasSize(2);
        assertThat(commands).contains(stream("hotline/survey-goodbye"));
        JsonNode ticket = ticket(no);
        assertThat(ticket.get("status").asText()).isEqualTo("FOLLOW_UP");
        assertThat(ticket.hasNonNull("satisfaction")).isFalse();
    }

    @Test
    void theIvrReadsARegisteredTicketsStatusBackFromTheWorkflow() {
        String no = register(AsteriskAgiCall.CALLER, null);
        String digits = no.substring(2);

        List<String> commands = AsteriskAgiCall.onCall("0.0").pressing("3", digits, "")
            .run(fastAgi.port(), "ivr?lang=zh");

        assertThat(commands).containsSubsequence(stream("hotline/ticket-is"), sayDigits(digits),
            stream("hotline/status-registered"), stream("hotline/goodbye"));
    }

    @Test
    void theIvrReadsTheNewStatusOnceTheTicketMoves() {
        String no = register(AsteriskAgiCall.CALLER, null);
        assertOk(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()));
        assertOk(api.post("dept-gjj", "/api/tickets/" + no + "/sign", Map.of()));

        List<String> commands = AsteriskAgiCall.onCall("0.0").pressing("3", no.substring(2), "")
            .run(fastAgi.port(), "ivr?lang=zh");

        assertThat(commands).contains(stream("hotline/status-in-progress"));
    }

    @Test
    void anUnknownTicketNumberIsToldNotFoundAndAskedAgain() {
        List<String> commands = AsteriskAgiCall.onCall("0.0").pressing("3", "20000101999999", "0")
            .run(fastAgi.port(), "ivr?lang=zh");

        assertThat(commands).containsSubsequence(stream("hotline/ticket-not-found"),
            "GET DATA \"hotline/enter-ticket\" 20000 14", "SET VARIABLE \"IVR_CHOICE\" \"0\"");
    }

    private AmiFixture answeredCall() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.unsolicitedEvents());
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Response record = api.get("supervisor1", "/api/calls/" + callId);
            return record.status() == 200 && "answered".equals(record.json().path("disposition").asText());
        });
        return call;
    }

    private String ticketAwaitingFollowUp(AmiFixture call) {
        String callId = TestCalls.callIdOf(call);
        String no = register(TestCalls.callerOf(call), callId);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<String> linked = new ArrayList<>();
            api.get("supervisor1", "/api/calls/" + callId).json().get("ticketNos")
                .forEach(n -> linked.add(n.asText()));
            return linked.contains(no);
        });
        assertOk(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()));
        assertOk(api.post("dept-gjj", "/api/tickets/" + no + "/sign", Map.of()));
        assertOk(api.post("dept-gjj", "/api/tickets/" + no + "/reply", Map.of("text", "已加急办理，款项 3 日内到账")));
        assertOk(api.post("dispatcher1", "/api/tickets/" + no + "/review", Map.of("accepted", true)));
        assertThat(ticket(no).get("status").asText()).isEqualTo("FOLLOW_UP");
        return no;
    }

    private String register(String caller, String callId) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0401", "districtCode", "JC", "citizenPhone", caller,
            "content", "租房提取公积金三周了还没到账，请尽快处理"));
        if (callId != null) {
            body.put("callId", callId);
        }
        Response created = api.post("agent1", "/api/tickets", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("ticketNo").asText();
    }

    private JsonNode ticket(String no) {
        Response response = api.get("supervisor1", "/api/tickets/" + no);
        assertOk(response);
        return response.json();
    }

    private static void assertOk(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }
}
