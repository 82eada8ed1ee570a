package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = PushTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("pushtest")
class PushCatchUpIT {

    private final PushServer server;
    private final PushTokenCodec tokens;
    private final PushHub hub;
    private final PushMessageStore store;
    private final PushRetention retention;
    private PushSockets sockets;

    @Autowired
    PushCatchUpIT(PushServer server, PushTokenCodec tokens, PushHub hub, PushMessageStore store,
                  PushRetention retention) {
        this.server = server;
        this.tokens = tokens;
        this.hub = hub;
        this.store = store;
        this.retention = retention;
    }

    @BeforeEach
    void openSockets() {
        sockets = new PushSockets(server, tokens);
    }

    @AfterEach
    void closeSockets() {
        sockets.close();
    }

    @Test
    void replaysWhatADepartmentUserMissedInOrderBeforeLiveMessages() {
        String department = TestPushUsers.unique("D");
        CurrentUser staff = TestPushUsers.departmentStaff(department);
        TestPushClient first = sockets.connect(staff);
        long seen = hub.sendToUser(staff.username(), new PushMessage("ticket-note", Map.of("n", 0)));
        assertThat(first.next().path("id").asLong()).isEqualTo(seen);
        first.close();
        first.awaitClose();

        long toDepartment = hub.sendToDepartment(department, new PushMessage("ticket-dispatched", Map.of("n", 1)));
        hub.sendToUser(TestPushUsers.unique("someone-else"), new PushMessage("ticket-note", Map.of("n", -1)));
        hub.sendToDepartment(TestPushUsers.unique("D"), new PushMessage("ticket-dispatched", Map.of("n", -2)));
        long toUser = hub.sendToUser(staff.username(), new PushMessage("ticket-note", Map.of("n", 2)));
        long toRole = hub.sendToRole(ConsoleRole.DEPARTMENT, new PushMessage("holiday-notice", Map.of("n", 3)));

        TestPushClient again = sockets.connectAfter(staff, seen);
        List<JsonNode> replay = again.until(frame -> "resumed".equals(frame.path("type").asText()));

        List<JsonNode> missed = replay.subList(0, replay.size() - 1);
        assertThat(missed).extracting(frame -> frame.path("id").asLong())
                .containsSubsequence(toDepartment, toUser, toRole)
                .isSorted();
        assertThat(missed).extracting(frame -> frame.path("payload").path("n").asInt())
                .doesNotContain(-1, -2)
                .contains(1, 2, 3);
        JsonNode resumed = replay.get(replay.size() - 1);
        assertThat(resumed.path("after").asLong()).isEqualTo(seen);
        assertThat(resumed.path("through").asLong()).isEqualTo(missed.get(missed.size() - 1).path("id").asLong());
        assertThat(resumed.path("complete").asBoolean()).isTrue();

        long live = hub.sendToUser(staff.username(), new PushMessage("ticket-note", Map.of("n", 4)));
        assertThat(again.next().path("id").asLong()).isEqualTo(live);
    }

    @Test
    void replaysOnAResumeMessageOfAnOpenSocket() {
        CurrentUser agent = TestPushUsers.agent();
        long before = hub.sendToUser(agent.username(), new PushMessage("ticket-note", Map.of("n", 0)));
        long missed = hub.sendToUser(agent.username(), new PushMessage("ticket-note", Map.of("n", 1)));
        TestPushClient desk = sockets.connect(agent);

        desk.send("{\"type\":\"resume\",\"after\":" + before + "}");

        List<JsonNode> replay = desk.until(frame -> "resumed".equals(frame.path("type").asText()));
        assertThat(replay.get(0).path("id").asLong()).isEqualTo(missed);
        assertThat(replay.get(replay.size() - 1).path("count").asInt()).isEqualTo(replay.size() - 1);
        assertThat(replay).filteredOn(frame -> frame.has("id"))
                .extracting(frame -> frame.path("payload").path("n").asInt()).doesNotContain(0);
    }

    @Test
    void doesNotRepeatAMessageBothReplayedAndDeliveredLive() {
        CurrentUser agent = TestPushUsers.agent();
        long start = hub.sendToUser(agent.username(), new PushMessage("ticket-note", Map.of("n", 0)));
        for (int i = 1; i <= 20; i++) {
            hub.sendToUser(agent.username(), new PushMessage("ticket-note", Map.of("n", i)));
        }

        TestPushClient desk = sockets.connectAfter(agent, start);
        for (int i = 21; i <= 40; i++) {
            hub.sendToUser(agent.username(), new PushMessage("ticket-note", Map.of("n", i)));
        }

        List<JsonNode> frames = new ArrayList<>();
        while (frames.stream().noneMatch(frame -> "resumed".equals(frame.path("type").asText()))
                || frames.stream().noneMatch(frame -> frame.path("payload").path("n").asInt() == 40)) {
            frames.add(desk.next());
        }
        assertThat(frames).filteredOn(frame -> frame.has("id"))
                .extracting(frame -> frame.path("payload").path("n").asInt())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(frames).filteredOn(frame -> "resumed".equals(frame.path("type").asText())).hasSize(1);
        assertThat(desk.drainWithPing()).isEmpty();
    }

    @Test
    void closesAReplayRequestWithANegativeIdAsPolicyViolation() {
        TestPushClient socket = sockets.open(PushPath.AGENT,
                "token=" + PushSockets.encode(tokens.issue(TestPushUsers.agent()).token()) + "&after=-5");

        assertThat(socket.awaitClose().getCloseCode().getCode()).isEqualTo(1008);
    }

    @Test
    void purgesMessagesOlderThanTheRetention() {
        CurrentUser agent = TestPushUsers.agent();
        long before = hub.sendToUser(agent.username(), new PushMessage("ticket-note", Map.of("n", 0)));
        store.insert(TargetKind.USER, agent.username(), "ticket-note", "{\"n\":1}",
                Instant.now().minus(Duration.ofHours(25)));
        long fresh = hub.sendToUser(agent.username(), new PushMessage("ticket-note", Map.of("n", 2)));

        assertThat(retention.purgeExpired()).isPositive();

        assertThat(store.findAfter(agent, before, 10)).extracting(StoredPushMessage::id).containsExactly(fresh);
    }
}
