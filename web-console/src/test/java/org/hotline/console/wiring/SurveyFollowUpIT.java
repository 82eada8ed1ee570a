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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The IVR scripts of the running application, driven over a real FastAGI socket as Asterisk drives them, answered by
 * the workflow through the application's telephony ports: the survey score becomes the follow-up (回访) of the ticket
 * registered during the call, and the ticket-status self-service reads a real ticket's status back.
 */
class SurveyFollowUpIT extends HotlineIntegrationSupport {

    private final FastAgiServer fastAgi;
    private final JdbcTemplate jdbc;
    private TestApi api;

    SurveyFollowUpIT(@Autowired FastAgiServer fastAgi, @Autowired JdbcTemplate jdbc) {
        this.fastAgi = fastAgi;
        this.jdbc = jdbc;
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

        assertThat(commands).contains(stream("auth-thankyou"));
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

        assertThat(commands.stream().filter(c -> c.equals(stream("invalid")))).hasSize(2);
        assertThat(commands).contains(stream("vm-goodbye"));
        JsonNode ticket = ticket(no);
        assertThat(ticket.get("status").asText()).isEqualTo("FOLLOW_UP");
        assertThat(ticket.hasNonNull("satisfaction")).isFalse();
    }

    @Test
    void aScoreGivenBeforeTheTicketReachesFollowUpIsKeptAndBecomesItsFollowUpWhenTheReviewIsAccepted() {
        AmiFixture call = answeredCall();
        String callId = TestCalls.callIdOf(call);
        String no = registerLinked(call);

        AsteriskAgiCall.onCall(callId).pressing("5").run(fastAgi.port(), "survey");

        assertThat(ticket(no).get("status").asText()).isEqualTo("REGISTERED");
        assertThat(ticket(no).hasNonNull("satisfaction")).isFalse();
        assertThat(jdbc.queryForObject("SELECT score FROM telephony_survey WHERE call_id = ?", Integer.class,
            callId)).isEqualTo(5);

        Response review = replyAndReview(no);

        assertThat(review.json().get("status").asText()).isEqualTo("CLOSED");
        JsonNode ticket = ticket(no);
        assertThat(ticket.get("status").asText()).isEqualTo("CLOSED");
        assertThat(ticket.get("closure").asText()).isEqualTo("satisfied");
        assertThat(ticket.get("satisfaction").asInt()).isEqualTo(5);
        assertThat(timelineActions(no)).contains("follow-up");
    }

    @Test
    void aKeptLowScoreReopensTheTicketOnceAndTheNextFollowUpIsLeftToTheDispatcher() {
        AmiFixture call = answeredCall();
        String callId = TestCalls.callIdOf(call);
        String no = registerLinked(call);
        AsteriskAgiCall.onCall(callId).pressing("2").run(fastAgi.port(), "survey");

        replyAndReview(no);

        assertThat(ticket(no).get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(ticket(no).get("satisfaction").asInt()).isEqualTo(2);
        assertOk(api.post("dept-gjj", "/api/tickets/" + no + "/reply", Map.of("text", "已再次核实并办结")));
        assertOk(api.post("dispatcher1", "/api/tickets/" + no + "/review", Map.of("accepted", true)));
        assertThat(ticket(no).get("status").asText()).isEqualTo("FOLLOW_UP");
    }

    @Test
    void satisfactionPerAgentCountsEveryKeptScoreWhateverTheTicketsStatus() {
        String from = java.time.Instant.now().minusSeconds(1).toString();
        JsonNode before = agentRow(api.get("supervisor1", "/api/calls/satisfaction?from=" + from), "agent1");
        AmiFixture registered = answeredCall();
        registerLinked(registered);
        AmiFixture atFollowUp = answeredCall();
        ticketAwaitingFollowUp(atFollowUp);
        AmiFixture noTicket = answeredCall();

        AsteriskAgiCall.onCall(TestCalls.callIdOf(registered)).pressing("3").run(fastAgi.port(), "survey");
        AsteriskAgiCall.onCall(TestCalls.callIdOf(atFollowUp)).pressing("5").run(fastAgi.port(), "survey");
        AsteriskAgiCall.onCall(TestCalls.callIdOf(noTicket)).pressing("5").run(fastAgi.port(), "survey");

        Response bySupervisor = api.get("supervisor1", "/api/calls/satisfaction?from=" + from);
        assertOk(bySupervisor);
        JsonNode after = agentRow(bySupervisor, "agent1");
        assertThat(after.get("count").asLong()).isEqualTo(count(before) + 3);
        assertThat(after.get("distribution").get("5").asLong()).isEqualTo(dist(before, "5") + 2);
        assertThat(after.get("distribution").get("3").asLong()).isEqualTo(dist(before, "3") + 1);
        if (count(before) == 0) {
            assertThat(after.get("average").asDouble()).isEqualTo(4.33);
        }
        Response byAgent = api.get("agent1", "/api/calls/satisfaction?from=" + from + "&agent=agent2");
        assertOk(byAgent);
        assertThat(byAgent.json().get("agents")).allMatch(row -> "agent1".equals(row.get("agent").asText()));
        assertThat(agentRow(byAgent, "agent1").get("count").asLong()).isEqualTo(after.get("count").asLong());
        Response otherAgent = api.get("agent2", "/api/calls/satisfaction?from=" + from);
        assertOk(otherAgent);
        assertThat(otherAgent.json().get("agents")).noneMatch(row -> "agent1".equals(row.get("agent").asText()));
        assertOk(api.get("admin", "/api/calls/satisfaction"));
        assertThat(api.get("dispatcher1", "/api/calls/satisfaction").status()).isEqualTo(403);
        assertThat(api.get("dept-gjj", "/api/calls/satisfaction").status()).isEqualTo(403);
        Response badDate = api.get("supervisor1", "/api/calls/satisfaction?from=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.isProblem()).isTrue();
        assertThat(api.get("supervisor1", "/api/calls/satisfaction?from=2026-01-01&to=2027-12-31").status())
            .isEqualTo(400);
        Response byDay = api.get("supervisor1", "/api/calls/satisfaction?from=2026-12-01&to=2026-12-01");
        assertOk(byDay);
        assertThat(byDay.json().get("from").asText()).isEqualTo("2026-11-30T16:00:00Z");
        assertThat(byDay.json().get("to").asText()).isEqualTo("2026-12-01T16:00:00Z");
    }

    @Test
    void theIvrReadsARegisteredTicketsStatusBackFromTheWorkflow() {
        String no = register(AsteriskAgiCall.CALLER, null);
        String digits = no.substring(2);

        List<String> commands = AsteriskAgiCall.onCall("0.0").pressing("3", digits, "")
            .run(fastAgi.port(), "ivr?lang=zh");

        assertThat(commands).containsSubsequence(stream("you-entered"), sayDigits(digits),
            stream("hotline/status-registered"), stream("goodbye"));
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

        assertThat(commands).containsSubsequence(stream("check-number-dial-again"),
            "GET DATA \"vm-enter-num-to-call\" 20000 14", "SET VARIABLE \"IVR_CHOICE\" \"0\"");
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
        String no = registerLinked(call);
        replyAndReview(no);
        assertThat(ticket(no).get("status").asText()).isEqualTo("FOLLOW_UP");
        return no;
    }

    private String registerLinked(AmiFixture call) {
        String callId = TestCalls.callIdOf(call);
        String no = register(TestCalls.callerOf(call), callId);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<String> linked = new ArrayList<>();
            api.get("supervisor1", "/api/calls/" + callId).json().get("ticketNos")
                .forEach(n -> linked.add(n.asText()));
            return linked.contains(no);
        });
        return no;
    }

    private Response replyAndReview(String no) {
        assertOk(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()));
        assertOk(api.post("dept-gjj", "/api/tickets/" + no + "/sign", Map.of()));
        assertOk(api.post("dept-gjj", "/api/tickets/" + no + "/reply", Map.of("text", "已加急办理，款项 3 日内到账")));
        Response review = api.post("dispatcher1", "/api/tickets/" + no + "/review", Map.of("accepted", true));
        assertOk(review);
        return review;
    }

    private List<String> timelineActions(String no) {
        List<String> actions = new ArrayList<>();
        api.get("supervisor1", "/api/tickets/" + no + "/timeline").json()
            .forEach(entry -> actions.add(entry.path("action").asText()));
        return actions;
    }

    private static JsonNode agentRow(Response report, String agent) {
        assertOk(report);
        for (JsonNode row : report.json().get("agents")) {
            if (agent.equals(row.path("agent").asText())) {
                return row;
            }
        }
        return null;
    }

    private static long count(JsonNode row) {
        return row == null ? 0 : row.get("count").asLong();
    }

    private static long dist(JsonNode row, String score) {
        return row == null ? 0 : row.get("distribution").get(score).asLong();
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
