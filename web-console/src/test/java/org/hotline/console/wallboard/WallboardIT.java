package org.hotline.console.wallboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.console.TestSocket;
import org.hotline.console.push.TestPushClient;
import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.CallStats;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The wallboard over HTTP and on a real supervisor socket: a caller waiting from the AMI events of the
 * protocol-faithful Asterisk stand-in, agents by state, today's tickets by channel, and its coalesced push.
 */
class WallboardIT extends HotlineIntegrationSupport {

    @Autowired
    AgentStates agentStates;
    @Autowired
    CallRecords callRecords;

    TestApi api;

    @BeforeEach
    void connect() {
        api = api();
        await().atMost(Duration.ofSeconds(15)).until(AMI::hasClient);
    }

    // The seats are shared with the other tests of this context (the browser tests log agent2 in): leave them offline.
    @AfterEach
    void leaveTheSeatsOffline() {
        agentStates.setState("agent2", AgentState.OFFLINE);
        agentStates.setState("agent3", AgentState.OFFLINE);
    }

    @Test
    void showsTheWaitingCallerTheAgentsByStateAndTodaysTicketsByChannel() {
        agentStates.heartbeat("agent2");
        agentStates.setState("agent2", AgentState.PAUSED, "培训");
        JsonNode before = wallboard("supervisor1");
        // Today's calls as recorded: the board's call figures are re-read after a call event, so an earlier test's
        // call that ended without one may still be missing from the board read just above.
        CallStats callsBefore = todaysCalls();

        Response ticket = api.post("agent1", "/api/tickets", Map.of("channel", "wechat", "type", "consultation",
            "categoryCode", "C0401", "citizenPhone", "13912345678", "content", "公积金提取需要哪些材料"));
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        AmiFixture call = TestCalls.answeredCall();
        AMI.play(call.eventsThrough("Event: QueueCallerJoin"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode now = wallboard("dispatcher1");
            assertThat(now.at("/calls/waiting").asLong()).isEqualTo(before.at("/calls/waiting").asLong() + 1);
        });
        JsonNode during = wallboard("admin");
        assertThat(fieldNames(during)).containsExactly("at", "calls", "agents", "tickets");
        assertThat(fieldNames(during.get("agents"))).containsExactly("ready", "talking", "wrapUp", "paused",
            "offline", "list");
        assertThat(fieldNames(during.get("tickets"))).containsExactly("registeredToday", "byChannel", "overdueNow",
            "escalatedNow");
        assertThat(during.at("/calls/longestWaitSeconds").asLong()).isBetween(0L, 60L);
        assertThat(during.at("/tickets/registeredToday").asLong())
            .isEqualTo(before.at("/tickets/registeredToday").asLong() + 1);
        assertThat(during.at("/tickets/byChannel/WECHAT").asLong())
            .isEqualTo(before.at("/tickets/byChannel/WECHAT").asLong() + 1);
        assertThat(during.at("/tickets/byChannel/PHONE").asLong())
            .isEqualTo(before.at("/tickets/byChannel/PHONE").asLong());
        JsonNode agent2 = agent(during, "agent2");
        assertThat(agent2.get("state").asText()).isEqualTo("PAUSED");
        assertThat(agent2.get("pauseReason").asText()).isEqualTo("培训");
        assertThat(agent2.get("name").asText()).isNotBlank();
        assertThat(during.at("/agents/paused").asLong()).isPositive();

        AMI.play(call.eventsAfter("Event: QueueCallerJoin"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode after = wallboard("supervisor1");
            assertThat(after.at("/calls/waiting").asLong()).isEqualTo(before.at("/calls/waiting").asLong());
            assertThat(after.at("/calls/answeredToday").asLong()).isEqualTo(callsBefore.answered() + 1);
            assertThat(after.at("/calls/offeredToday").asLong()).isEqualTo(callsBefore.offered() + 1);
            assertThat(after.at("/calls/serviceLevelToday").isNumber()).isTrue();
        });

        assertThat(api.get("agent1", "/api/analytics/wallboard").status()).isEqualTo(403);
        assertThat(api.get("dept-gjj", "/api/analytics/wallboard").status()).isEqualTo(403);
        Response csv = api.get("supervisor1", "/api/analytics/wallboard", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("排队来电");
    }

    @Test
    void aChangeReachesTheSupervisorSocketWithinTwoSecondsAndBurstsAreCoalesced() throws Exception {
        agentStates.heartbeat("agent3");
        agentStates.setState("agent3", AgentState.READY);
        try (TestPushClient supervisor = TestSocket.open(api, "supervisor1")) {
            // The board is quiet (no snapshot for longer than the coalescing interval), so the change goes out at once.
            await().atMost(Duration.ofSeconds(15)).during(Duration.ofMillis(600))
                .until(() -> supervisor.drainWithPing().stream().noneMatch(WallboardIT::isWallboard));

            long start = System.nanoTime();
            agentStates.setState("agent3", AgentState.PAUSED, "会议");
            List<JsonNode> frames = supervisor.until(frame -> isWallboard(frame)
                && "PAUSED".equals(agent(frame.get("payload"), "agent3").path("state").asText()));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            JsonNode message = frames.get(frames.size() - 1);
            assertThat(message.has("id")).as("a live snapshot is not stored, so it has no id").isFalse();
            assertThat(message.at("/payload/agents/list")).isNotEmpty();

            for (int i = 0; i < 20; i++) {
                agentStates.setState("agent3", i % 2 == 0 ? AgentState.READY : AgentState.PAUSED,
                    i % 2 == 0 ? null : "会议 " + i);
            }
            agentStates.setState("agent3", AgentState.PAUSED, "培训");
            List<JsonNode> burst = new ArrayList<>(supervisor.until(frame -> isWallboard(frame)
                && "培训".equals(agent(frame.get("payload"), "agent3").path("pauseReason").asText())));
            burst.removeIf(frame -> !isWallboard(frame));
            // Then nothing more: the board stays quiet for longer than the coalescing interval.
            await().atMost(Duration.ofSeconds(15)).during(Duration.ofMillis(600)).until(() -> {
                List<JsonNode> more = supervisor.drainWithPing().stream().filter(WallboardIT::isWallboard).toList();
                burst.addAll(more);
                return more.isEmpty();
            });
            assertThat(burst).as("21 changes at once give a few snapshots, at most one per 400 ms").isNotEmpty()
                .hasSizeLessThanOrEqualTo(4);
            for (int i = 1; i < burst.size(); i++) {
                Duration gap = Duration.between(Instant.parse(burst.get(i - 1).get("at").asText()),
                    Instant.parse(burst.get(i).get("at").asText()));
                assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(350));
            }
            JsonNode last = agent(burst.get(burst.size() - 1).get("payload"), "agent3");
            assertThat(last.get("state").asText()).isEqualTo("PAUSED");
            assertThat(last.get("pauseReason").asText()).isEqualTo("培训");
        }
    }

    private JsonNode wallboard(String user) {
        Response response = api.get(user, "/api/analytics/wallboard");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static boolean isWallboard(JsonNode frame) {
        return "wallboard".equals(frame.path("type").asText());
    }

    private static JsonNode agent(JsonNode wallboard, String username) {
        for (JsonNode agent : wallboard.at("/agents/list")) {
            if (username.equals(agent.path("username").asText())) {
                return agent;
            }
        }
        throw new AssertionError("no agent " + username + " on " + wallboard);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private CallStats todaysCalls() {
        ZoneId china = ZoneId.of("Asia/Shanghai");
        Instant now = Instant.now();
        return callRecords.stats(now.atZone(china).toLocalDate().atStartOfDay(china).toInstant(), now);
    }
}
