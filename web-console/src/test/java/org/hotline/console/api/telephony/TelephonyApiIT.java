package org.hotline.console.api.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.data.Offset;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every telephony endpoint through the real security chain, fed by calls played through the protocol-faithful AMI
 * server; the actions the endpoints order are asserted where Asterisk would receive them.
 */
class TelephonyApiIT extends HotlineIntegrationSupport {

    private static final String AGENT1_PHONE = "Local/1001@agents/n";
    private static final String AGENT2_PHONE = "Local/1002@agents/n";

    private final JdbcTemplate jdbc;
    private TestApi api;

    TelephonyApiIT(@Autowired JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @BeforeEach
    void connect() {
        api = api();
        await().atMost(Duration.ofSeconds(15)).until(AMI::hasClient);
    }

    @Test
    void supervisorSeesEveryCallOfTheRangeAndAnAgentOnlyItsOwn() {
        Instant from = startOfFreshSecond();
        AmiFixture byAgent1 = TestCalls.answeredCall();
        AmiFixture byAgent2 = answeredBy(AGENT2_PHONE);
        String call1 = playToEnd(byAgent1);
        String call2 = playToEnd(byAgent2);
        String range = "from=" + from + "&to=" + endOfRange();

        assertThat(ids(api.get("supervisor1", "/api/calls?" + range))).contains(call1, call2);
        assertThat(ids(api.get("supervisor1", "/api/calls?" + range + "&agent=agent2"))).containsExactly(call2);
        assertThat(ids(api.get("agent1", "/api/calls?" + range))).containsExactly(call1);
        assertThat(ids(api.get("agent1", "/api/calls?" + range + "&agent=agent2"))).containsExactly(call1);
        assertThat(ids(api.get("supervisor1", "/api/calls?" + range + "&disposition=abandoned"))).isEmpty();
        assertThat(ids(api.get("supervisor1", "/api/calls?" + range + "&disposition=ANSWERED")))
            .contains(call1, call2);
    }

    @Test
    void badCallQueriesAnswer400Problems() {
        for (String query : List.of("from=yesterday", "to=2026-13-45T00:00:00Z", "disposition=lost", "size=0",
            "size=100000", "page=-1", "agent=" + "a".repeat(65))) {
            Response response = api.get("supervisor1", "/api/calls?" + query);
            assertThat(response.status()).as(query + " -> " + response).isEqualTo(400);
            assertThat(response.isProblem()).as(query + " -> " + response.contentType()).isTrue();
        }
    }

    @Test
    void oneCallIsFoundByItsIdAndUnknownOrForeignCallsAre404() {
        AmiFixture fixture = TestCalls.answeredCall();
        String callId = playToEnd(fixture);

        Response own = api.get("agent1", "/api/calls/" + callId);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        JsonNode record = own.json();
        assertThat(record.get("agent").asText()).isEqualTo("agent1");
        assertThat(record.get("queue").asText()).isEqualTo("hotline");
        assertThat(record.get("disposition").asText()).isEqualTo("answered");
        assertThat(record.get("waitSeconds").asInt()).isEqualTo(1);
        assertThat(record.get("talkSeconds").asInt()).isEqualTo(5);
        assertThat(record.get("ivrChoice").asText()).isEqualTo("consultation");

        Response unknown = api.get("supervisor1", "/api/calls/1.2345");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        Response foreign = api.get("agent2", "/api/calls/" + callId);
        assertThat(foreign.status()).isEqualTo(404);
    }

    @Test
    void statsComputeServiceLevelAbandonRateSpeedOfAnswerAndHandleTimeFromThePlayedCalls() {
        // Present, and no earlier call's after-call work still open, so the handle times are exactly these calls'.
        assertThat(api.post("agent1", "/api/agents/me/heartbeat", Map.of()).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> !"wrap_up".equals(seatOf("agent1").path("state").asText()));
        Instant from = startOfFreshSecond();
        String quick = playAnsweredAndEndWrapUp(TestCalls.answeredCall());
        String slow = playAnsweredAndEndWrapUp(
            TestCalls.answeredCall().replacing("\r\nHoldTime: 1\r\n", "\r\nHoldTime: 30\r\n"));
        playToEnd(TestCalls.abandonedCall().replacing("\r\nHoldTime: 3\r\n", "\r\nHoldTime: 20\r\n"));
        playToEnd(TestCalls.abandonedCall());
        Instant to = endOfRange();

        Response response = api.get("supervisor1", "/api/calls/stats?from=" + from + "&to=" + to);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode stats = response.json();
        assertThat(stats.get("offered").asLong()).isEqualTo(4);
        assertThat(stats.get("answered").asLong()).isEqualTo(2);
        assertThat(stats.get("answeredWithin15s").asLong()).isEqualTo(1);
        assertThat(stats.get("abandoned").asLong()).isEqualTo(1);
        assertThat(stats.get("shortAbandoned").asLong()).isEqualTo(1);
        // Short abandons are counted apart: 3 calls had to be answered.
        assertThat(stats.get("serviceLevel15s").asDouble()).isCloseTo(1.0 / 3, within());
        assertThat(stats.get("connectionRate").asDouble()).isCloseTo(2.0 / 3, within());
        assertThat(stats.get("abandonRate").asDouble()).isCloseTo(1.0 / 3, within());
        assertThat(stats.get("averageSpeedOfAnswer").asDouble()).isCloseTo(15.5, within());
        // Handle time is talk (5 s each) plus the after-call work the agent ended by going ready again.
        int wrapUps = wrapUpSeconds(quick) + wrapUpSeconds(slow);
        assertThat(wrapUps).isBetween(0, 6);
        assertThat(stats.get("averageHandleTime").asDouble()).isCloseTo((5 + 5 + wrapUps) / 2.0, within());
        assertThat(stats.get("timedOut").asLong()).isZero();

        JsonNode agents = api.get("agent1", "/api/calls/stats/agents?from=" + from + "&to=" + to).json();
        assertThat(agents).singleElement().satisfies(agent -> {
            assertThat(agent.get("agent").asText()).isEqualTo("agent1");
            assertThat(agent.get("answered").asLong()).isEqualTo(2);
            assertThat(agent.get("answeredWithin15s").asLong()).isEqualTo(1);
            assertThat(agent.get("averageSpeedOfAnswer").asDouble()).isCloseTo(15.5, within());
        });
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Response daily = api.get("supervisor1", "/api/calls/stats/daily?from=" + today + "&to=" + today);
        assertThat(daily.status()).as(daily.toString()).isEqualTo(200);
        assertThat(daily.json()).singleElement()
            .satisfies(day -> assertThat(day.get("answered").asLong()).isGreaterThanOrEqualTo(2));
        assertThat(api.get("agent1", "/api/calls/stats/daily").status()).isEqualTo(403);
    }

    @Test
    void statsAreForSupervisorsAndRejectBadDates() {
        assertThat(api.get("agent1", "/api/calls/stats").status()).isEqualTo(403);
        assertThat(api.get("dispatcher1", "/api/calls/stats").status()).isEqualTo(403);
        Response bad = api.get("supervisor1", "/api/calls/stats?from=monday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
    }

    @Test
    void anAgentsStateChangesBecomeQueueMemberActionsOnAsterisk() {
        int adds = actionsOn("QueueAdd", AGENT1_PHONE).size();
        int pauses = actionsOn("QueuePause", AGENT1_PHONE).size();
        assertThat(state("agent1", Map.of("state", "offline"))).isEqualTo("offline");
        int removes = actionsOn("QueueRemove", AGENT1_PHONE).size();

        assertThat(state("agent1", Map.of("state", "ready"))).isEqualTo("ready");
        List<Map<String, String>> added = actionsOn("QueueAdd", AGENT1_PHONE);
        assertThat(added).hasSize(adds + 1);
        assertThat(added.get(added.size() - 1)).containsEntry("Queue", "hotline").containsEntry("MemberName", "agent1");

        assertThat(state("agent1", Map.of("state", "paused", "reason", "培训"))).isEqualTo("paused");
        List<Map<String, String>> paused = actionsOn("QueuePause", AGENT1_PHONE);
        assertThat(paused).hasSize(pauses + 1);
        assertThat(paused.get(paused.size() - 1)).containsEntry("Paused", "true").containsEntry("Reason", "培训");
        JsonNode seat = seatOf("agent1");
        assertThat(seat.get("state").asText()).isEqualTo("paused");
        assertThat(seat.get("pauseReason").asText()).isEqualTo("培训");

        assertThat(state("agent1", Map.of("state", "ready"))).isEqualTo("ready");
        List<Map<String, String>> unpaused = actionsOn("QueuePause", AGENT1_PHONE);
        assertThat(unpaused).hasSize(pauses + 2);
        assertThat(unpaused.get(unpaused.size() - 1)).containsEntry("Paused", "false");

        assertThat(state("agent1", Map.of("state", "offline"))).isEqualTo("offline");
        assertThat(actionsOn("QueueRemove", AGENT1_PHONE)).hasSize(removes + 1);
        assertThat(seatOf("agent1").get("state").asText()).isEqualTo("offline");

        assertThat(state("agent1", Map.of("state", "ready"))).isEqualTo("ready");
    }

    @Test
    void badStateRequestsAre400AndOnlyAgentsSetStates() {
        Response unknown = api.post("agent2", "/api/agents/me/state", Map.of("state", "sleeping"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.isProblem()).isTrue();
        Response noReason = api.post("agent2", "/api/agents/me/state", Map.of("state", "paused"));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.isProblem()).isTrue();
        Response longReason = api.post("agent2", "/api/agents/me/state",
            Map.of("state", "paused", "reason", "x".repeat(65)));
        assertThat(longReason.status()).isEqualTo(400);

        assertThat(api.post("supervisor1", "/api/agents/me/state", Map.of("state", "ready")).status()).isEqualTo(403);
        assertThat(api.post("dept-gjj", "/api/agents/me/state", Map.of("state", "ready")).status()).isEqualTo(403);
        assertThat(api.get("agent1", "/api/agents").status()).isEqualTo(403);
        assertThat(api.get("dispatcher1", "/api/agents").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/agents").status()).isEqualTo(401);
    }

    @Test
    void anAgentTakesACallbackTaskTheSystemDialsAndASecondTakeIs409() {
        AmiFixture abandoned = TestCalls.abandonedCall();
        String caller = TestCalls.callerOf(abandoned);
        playToEnd(abandoned);
        long taskId = await().atMost(Duration.ofSeconds(10)).until(() -> openCallbackOf(caller), id -> id > 0);
        int originates = AMI.actions("Originate").size();

        Response dialled = api.post("agent1", "/api/callbacks/" + taskId + "/dial", Map.of());

        assertThat(dialled.status()).as(dialled.toString()).isEqualTo(200);
        assertThat(dialled.json().get("status").asText()).isEqualTo("taken");
        assertThat(dialled.json().get("agent").asText()).isEqualTo("agent1");
        List<Map<String, String>> originate = AMI.actions("Originate");
        assertThat(originate).hasSize(originates + 1);
        assertThat(originate.get(originate.size() - 1)).containsEntry("Channel", AGENT1_PHONE)
            .containsEntry("Exten", caller).containsEntry("Context", "outbound");
        assertThat(originate.get(originate.size() - 1).get("Variable")).contains("HOTLINE_PURPOSE=CALLBACK");
        assertThat(openCallbackOf(caller)).isZero();

        Response again = api.post("agent2", "/api/callbacks/" + taskId + "/dial", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(AMI.actions("Originate")).hasSize(originates + 1);
        assertThat(api.post("agent1", "/api/callbacks/999999999/dial", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void callbacksAreForAgentsAndSupervisors() {
        assertThat(api.get("supervisor1", "/api/callbacks").status()).isEqualTo(200);
        assertThat(api.get("dept-gjj", "/api/callbacks").status()).isEqualTo(403);
        assertThat(api.get("dispatcher1", "/api/callbacks").status()).isEqualTo(403);
        assertThat(api.post("supervisor1", "/api/callbacks/1/dial", Map.of()).status()).isEqualTo(403);
        assertThat(api.post("dept-gjj", "/api/callbacks/1/dial", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void aLiveCallIsRedirectedToADepartmentsWindowAndAnEmergencyTransferIsAudited() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.eventsThrough("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("agent1", "/api/calls/" + callId).status() == 200);
        int redirects = AMI.actions("Redirect").size();

        Response toDepartment = api.post("agent1", "/api/calls/" + callId + "/transfer", Map.of("department", "GJJ"));

        assertThat(toDepartment.status()).as(toDepartment.toString()).isEqualTo(204);
        List<Map<String, String>> redirected = AMI.actions("Redirect");
        assertThat(redirected).hasSize(redirects + 1);
        Map<String, String> department = redirected.get(redirected.size() - 1);
        assertThat(department).containsEntry("Context", "transfer").containsEntry("Exten", "8001");
        assertThat(department.get("Channel")).isNotBlank();

        Response toPolice = api.post("agent1", "/api/calls/" + callId + "/transfer", Map.of("emergency", "110"));

        assertThat(toPolice.status()).as(toPolice.toString()).isEqualTo(204);
        redirected = AMI.actions("Redirect");
        assertThat(redirected).hasSize(redirects + 2);
        assertThat(redirected.get(redirected.size() - 1)).containsEntry("Context", "emergency")
            .containsEntry("Exten", "110").containsEntry("Channel", department.get("Channel"));
        List<Map<String, Object>> audit = jdbc.queryForList(
            "SELECT kind, target, actor, outcome FROM telephony_transfer_audit WHERE call_id = ? ORDER BY id", callId);
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).containsEntry("kind", "BLIND").containsEntry("target", "GJJ/8001")
            .containsEntry("actor", "agent1").containsEntry("outcome", "ORDERED");
        assertThat(audit.get(1)).containsEntry("kind", "EMERGENCY").containsEntry("target", "110")
            .containsEntry("actor", "agent1");

        AMI.play(call.eventsAfter("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() ->
            api.get("agent1", "/api/calls/" + callId).json().hasNonNull("endedAt"));
    }

    @Test
    void anAttendedTransferConsultsTheWindowFromTheAgentsChannelAndTheAgentCompletesOrCancelsIt() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.eventsThrough("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("agent1", "/api/calls/" + callId).status() == 200);
        String path = "/api/calls/" + callId + "/transfer";
        assertProblem(api.post("agent1", path + "/complete", Map.of()), 409);

        Response attended = api.post("agent1", path, Map.of("department", "GJJ", "mode", "attended"));

        assertThat(attended.status()).as(attended.toString()).isEqualTo(204);
        List<Map<String, String>> atxfers = AMI.actions("Atxfer");
        assertThat(atxfers.get(atxfers.size() - 1)).containsEntry("Exten", "8001").containsEntry("Context", "transfer")
            .containsEntry("Channel", call.header("Event: AgentConnect", "DestChannel"));
        assertProblem(api.post("agent1", path, Map.of("department", "GJJ", "mode", "attended")), 409);
        assertThat(api.post("agent1", path + "/cancel", Map.of()).status()).isEqualTo(204);
        assertProblem(api.post("supervisor1", path + "/cancel", Map.of()), 409);
        assertThat(api.post("dispatcher1", path + "/cancel", Map.of()).status()).isEqualTo(403);
        assertProblem(api.post("agent2", path + "/complete", Map.of()), 404);
        assertProblem(api.post("agent1", path, Map.of("department", "GJJ", "mode", "sideways")), 400);
        assertProblem(api.post("agent1", path, Map.of("emergency", "110", "mode", "attended")), 400);
        assertThat(jdbc.queryForList("SELECT outcome FROM telephony_transfer_audit WHERE call_id = ? ORDER BY id",
            String.class, callId)).containsExactly("ORDERED", "CANCELLED");

        AMI.play(call.eventsAfter("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() ->
            api.get("agent1", "/api/calls/" + callId).json().hasNonNull("endedAt"));
    }

    @Test
    void aThreeWayCallCallsTheWindowInAndTheAgentLeavesOnceTheDepartmentJoined() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        String agentChannel = call.header("Event: AgentConnect", "DestChannel");
        AMI.play(call.eventsThrough("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("agent1", "/api/calls/" + callId).status() == 200);
        String path = "/api/calls/" + callId + "/transfer";
        assertProblem(api.post("agent2", path, Map.of("department", "GJJ", "mode", "conference")), 404);

        Response conference = api.post("agent1", path, Map.of("department", "GJJ", "mode", "conference"));

        assertThat(conference.status()).as(conference.toString()).isEqualTo(204);
        List<Map<String, String>> redirects = AMI.actions("Redirect");
        assertThat(redirects.get(redirects.size() - 1)).containsEntry("Context", "conference")
            .containsEntry("ExtraChannel", agentChannel).containsEntry("ExtraContext", "conference-staff");
        List<Map<String, String>> originates = AMI.actions("Originate");
        Map<String, String> originate = originates.get(originates.size() - 1);
        assertThat(originate).containsEntry("Channel", "Local/8001@transfer").containsEntry("Exten", callId);
        assertProblem(api.post("agent1", path + "/complete", Map.of()), 409);
        AmiFixture transcript = AmiFixture.load("ami-conference.txt.server.raw")
            .replacing("17953902", callId.substring(0, callId.indexOf('.') - 2))
            .replacing("hotline-3way-0f5c2a9e-7d41-4b8a-9c36-2e8d1f4a6b70", originate.get("ChannelId"));
        List<String> events = transcript.unsolicitedEvents();
        int agentLeaves = 0;
        while (!(events.get(agentLeaves).startsWith("Event: ConfbridgeLeave\r\n"))) {
            agentLeaves++;
        }
        AMI.play(events.subList(0, agentLeaves));
        AMI.send(transcript.first("Event: OriginateResponse").replaceFirst("ActionID: [^\r]*",
            java.util.regex.Matcher.quoteReplacement("ActionID: " + originate.get("ActionID"))));
        await().atMost(Duration.ofSeconds(10)).until(() -> outcomes(callId).contains("JOINED"));

        assertThat(api.post("agent1", path + "/complete", Map.of()).status()).isEqualTo(204);

        List<Map<String, String>> kicks = AMI.actions("ConfbridgeKick");
        assertThat(kicks.get(kicks.size() - 1)).containsEntry("Conference", callId).containsEntry("Channel", agentChannel);
        AMI.play(events.subList(agentLeaves, events.size()));
        await().atMost(Duration.ofSeconds(10)).until(() -> outcomes(callId).contains("COMPLETED"));
        assertThat(jdbc.queryForList("SELECT kind, actor FROM telephony_transfer_audit WHERE call_id = ? ORDER BY id",
            callId)).extracting(a -> a.get("kind") + "/" + a.get("actor"))
            .containsExactly("CONFERENCE/agent1", "CONFERENCE/agent1", "CONFERENCE/agent1");
        await().atMost(Duration.ofSeconds(10)).until(() ->
            api.get("agent1", "/api/calls/" + callId).json().hasNonNull("endedAt"));
    }

    private List<String> outcomes(String callId) {
        return jdbc.queryForList("SELECT outcome FROM telephony_transfer_audit WHERE call_id = ? ORDER BY id",
            String.class, callId);
    }

    @Test
    void badTransfersAreRefusedBeforeAsteriskIsAsked() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.eventsThrough("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("agent1", "/api/calls/" + callId).status() == 200);
        int redirects = AMI.actions("Redirect").size();
        String path = "/api/calls/" + callId + "/transfer";

        assertProblem(api.post("agent1", path, Map.of("department", "GJJ", "emergency", "110")), 400);
        assertProblem(api.post("agent1", path, Map.of()), 400);
        assertProblem(api.post("agent1", path, Map.of("department", "NOWHERE")), 400);
        assertProblem(api.post("agent1", path, Map.of("emergency", "999")), 400);
        assertProblem(api.post("agent1", path, Map.of("department", "GJJ; Hangup")), 400);
        assertProblem(api.post("agent1", "/api/calls/1.2345/transfer", Map.of("department", "GJJ")), 404);
        assertThat(api.post("agent2", path, Map.of("emergency", "110")).status()).isEqualTo(404);
        assertThat(api.post("dispatcher1", path, Map.of("emergency", "110")).status()).isEqualTo(403);
        assertThat(api.post("dept-gjj", path, Map.of("department", "GJJ")).status()).isEqualTo(403);
        assertThat(AMI.actions("Redirect")).hasSize(redirects);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telephony_transfer_audit WHERE call_id = ?",
            Integer.class, callId)).isZero();

        AMI.play(call.eventsAfter("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() ->
            api.get("agent1", "/api/calls/" + callId).json().hasNonNull("endedAt"));
    }

    @Test
    void callRecordsAreForAgentsAndSupervisorsOnly() {
        assertThat(api.get("dept-gjj", "/api/calls").status()).isEqualTo(403);
        assertThat(api.get("dispatcher1", "/api/calls").status()).isEqualTo(403);
        assertThat(api.get("dept-gjj", "/api/calls/1.2345").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/calls").status()).isEqualTo(401);
    }

    @Test
    void withAsteriskConnectedCallsCannotBeSimulatedAndHeartbeatsAreForAgents() {
        Response simulate = api.post("agent1", "/api/calls/simulate", Map.of("callerNumber", "13800138000"));
        assertThat(simulate.status()).as(simulate.toString()).isEqualTo(404);
        assertThat(simulate.isProblem()).isTrue();
        assertThat(api.post("supervisor1", "/api/calls/simulate", Map.of()).status()).isEqualTo(403);

        assertThat(api.post("agent2", "/api/agents/me/heartbeat", Map.of()).status()).isEqualTo(204);
        assertThat(api.post("supervisor1", "/api/agents/me/heartbeat", Map.of()).status()).isEqualTo(403);
    }

    private String playToEnd(AmiFixture call) {
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.unsolicitedEvents());
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Response record = api.get("supervisor1", "/api/calls/" + callId);
            return record.status() == 200 && record.json().hasNonNull("disposition")
                && record.json().hasNonNull("endedAt");
        });
        return callId;
    }

    /** Plays an answered call of agent1 whose agent ends the after-call work by going ready at once. */
    private String playAnsweredAndEndWrapUp(AmiFixture call) {
        String callId = playToEnd(call);
        await().atMost(Duration.ofSeconds(5)).until(() -> "wrap_up".equals(seatOf("agent1").path("state").asText()));
        assertThat(state("agent1", Map.of("state", "ready"))).isEqualTo("ready");
        return callId;
    }

    private int wrapUpSeconds(String callId) {
        Integer seconds = jdbc.queryForObject("SELECT wrap_up_seconds FROM telephony_call WHERE call_id = ?",
            Integer.class, callId);
        assertThat(seconds).as("wrap-up of " + callId).isNotNull();
        return seconds;
    }

    private static AmiFixture answeredBy(String phone) {
        return TestCalls.answeredCall().replacing("Local/1001@agents", phone.substring(0, phone.indexOf("/n")));
    }

    private String state(String agent, Map<String, String> body) {
        Response response = api.post(agent, "/api/agents/me/state", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("state").asText();
    }

    private JsonNode seatOf(String agent) {
        Response response = api.get("supervisor1", "/api/agents");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        for (JsonNode seat : response.json()) {
            if (agent.equals(seat.get("agent").asText())) {
                return seat;
            }
        }
        throw new AssertionError("no seat of " + agent + " in " + response);
    }

    private long openCallbackOf(String caller) {
        Response response = api.get("agent1", "/api/callbacks");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        for (JsonNode task : response.json()) {
            if (caller.equals(task.get("callerNumber").asText()) && "open".equals(task.get("status").asText())) {
                return task.get("id").asLong();
            }
        }
        return 0;
    }

    private static List<Map<String, String>> actionsOn(String action, String phone) {
        return AMI.actions(action).stream().filter(a -> phone.equals(a.get("Interface"))).toList();
    }

    private static List<String> ids(Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("linkedId").asText()));
        return ids;
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
    }

    /**
     * Range bounds and call times reach the database in whole seconds (the JDBC URL sends no fractional seconds, as
     * Camunda needs): a range starts on a second no earlier test's call was entered in.
     */
    private static Instant startOfFreshSecond() {
        Instant next = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10))
            .until(() -> !Instant.now().isBefore(next));
        return next;
    }

    private static Instant endOfRange() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-6);
    }
}
