package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ClientKillParams;

/**
 * Two nodes (two Spring contexts, two push servers on their own ports, two hubs) on one database and one real
 * Redis, with a channel and client names unique to this run so parallel builds never see each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisFanOutIT {

    private final String prefix = "pushit-" + UUID.randomUUID().toString().substring(0, 8);
    private final String redisHost = System.getProperty("hotline.test.redis.host", "127.0.0.1");
    private final int redisPort = Integer.parseInt(System.getProperty("hotline.test.redis.port", "6379"));

    private Node nodeA;
    private Node nodeB;
    private PushSockets socketsA;
    private PushSockets socketsB;

    @BeforeAll
    void startTwoNodes() {
        // Node a waits long enough before resubscribing for a test to publish while it is deaf.
        nodeA = new Node(start("a", "1500ms"));
        nodeB = new Node(start("b", "200ms"));
    }

    @AfterAll
    void stopNodes() {
        nodeA.context().close();
        nodeB.context().close();
    }

    @BeforeEach
    void openSockets() {
        socketsA = new PushSockets(nodeA.server(), nodeA.tokens());
        socketsB = new PushSockets(nodeB.server(), nodeB.tokens());
    }

    @AfterEach
    void closeSockets() {
        socketsA.close();
        socketsB.close();
    }

    @Test
    void runsEachNodeOnItsOwnPortWithTheRedisBus() {
        assertThat(nodeA.server().port()).isNotEqualTo(nodeB.server().port());
        assertThat(nodeA.bus().isSubscribed()).isTrue();
        assertThat(nodeB.bus().isSubscribed()).isTrue();
    }

    @Test
    void deliversToTheUsersSessionsOnBothNodesOnce() {
        CurrentUser agent = TestPushUsers.agent();
        TestPushClient onA = socketsA.connect(agent);
        TestPushClient onB = socketsB.connect(agent);
        TestPushClient colleagueOnB = socketsB.connect(TestPushUsers.agent());

        long id = nodeA.hub().sendToUser(agent.username(), new PushMessage("screen-pop", Map.of("queue", "hotline")));

        assertThat(onA.next().path("id").asLong()).isEqualTo(id);
        JsonNode fromOtherNode = onB.next();
        assertThat(fromOtherNode.path("id").asLong()).isEqualTo(id);
        assertThat(fromOtherNode.path("payload").path("queue").asText()).isEqualTo("hotline");
        assertThat(onA.drainWithPing()).as("no echo of its own message from Redis").isEmpty();
        assertThat(onB.drainWithPing()).isEmpty();
        assertThat(colleagueOnB.drainWithPing()).isEmpty();
    }

    @Test
    void fansOutRoleAndDepartmentMessagesFromEitherNode() {
        String department = TestPushUsers.unique("D");
        TestPushClient supervisorOnA = socketsA.connect(TestPushUsers.supervisor());
        TestPushClient staffOnA = socketsA.connect(TestPushUsers.departmentStaff(department));
        TestPushClient staffOnB = socketsB.connect(TestPushUsers.departmentStaff(department));

        long escalation = nodeB.hub().sendToRole(ConsoleRole.SUPERVISOR,
                new PushMessage("ticket-escalated", Map.of("ticketNo", "JH20261123000007")));
        long dispatched = nodeB.hub().sendToDepartment(department,
                new PushMessage("ticket-dispatched", Map.of("ticketNo", "JH20261123000008")));

        assertThat(supervisorOnA.next().path("id").asLong()).isEqualTo(escalation);
        assertThat(staffOnA.next().path("id").asLong()).isEqualTo(dispatched);
        assertThat(staffOnB.next().path("id").asLong()).isEqualTo(dispatched);
        assertThat(supervisorOnA.drainWithPing()).isEmpty();
    }

    @Test
    void carriesABurstSentTogetherToTheOtherNodeInOrderOnce() {
        TestPushClient agentOnA = socketsA.connect(TestPushUsers.agent());
        TestPushClient agentOnB = socketsB.connect(TestPushUsers.agent());
        // Stored in one statement, then published to both nodes: each node delivers every one, in order, once.
        List<PushMessage> burst = java.util.stream.IntStream.range(0, 207)
                .mapToObj(n -> new PushMessage("contact-received", Map.of("n", n))).toList();

        List<Long> ids = nodeB.hub().sendAllToRole(ConsoleRole.AGENT, burst);

        for (TestPushClient client : List.of(agentOnA, agentOnB)) {
            for (int n = 0; n < burst.size(); n++) {
                JsonNode frame = client.next();
                assertThat(frame.path("id").asLong()).isEqualTo(ids.get(n));
                assertThat(frame.path("payload").path("n").asInt()).isEqualTo(n);
            }
            assertThat(client.drainWithPing()).isEmpty();
        }
    }

    @Test
    void catchesUpOnTheOtherNodeFromTheSharedDatabase() {
        CurrentUser agent = TestPushUsers.agent();
        long seen = nodeA.hub().sendToUser(agent.username(), new PushMessage("ticket-note", Map.of("n", 0)));
        long missed = nodeA.hub().sendToUser(agent.username(), new PushMessage("ticket-note", Map.of("n", 1)));

        TestPushClient onB = socketsB.connectAfter(agent, seen);

        List<JsonNode> replay = onB.until(frame -> "resumed".equals(frame.path("type").asText()));
        assertThat(replay.get(0).path("id").asLong()).isEqualTo(missed);
    }

    @Test
    void resubscribesAfterLosingTheRedisConnectionAndDeliversWhatWasMissedMeanwhile() {
        CurrentUser agent = TestPushUsers.agent();
        TestPushClient onA = socketsA.connect(agent);
        String killed = subscriberConnectionId(prefix + "-a");

        try (Jedis admin = new Jedis(redisHost, redisPort)) {
            admin.clientKill(ClientKillParams.clientKillParams().id(killed));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> !nodeA.bus().isSubscribed());
        long missed = nodeB.hub().sendToUser(agent.username(), new PushMessage("screen-pop", Map.of("n", 1)));
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            String current = subscriberConnectionIdOrNull(prefix + "-a");
            return current != null && !current.equals(killed) && nodeA.bus().isSubscribed();
        });

        assertThat(onA.next().path("id").asLong()).as("recovered from the database").isEqualTo(missed);
        long live = nodeB.hub().sendToUser(agent.username(), new PushMessage("screen-pop", Map.of("n", 2)));
        assertThat(onA.next().path("id").asLong()).isEqualTo(live);
        assertThat(onA.drainWithPing()).isEmpty();
    }

    private ConfigurableApplicationContext start(String node, String reconnectDelay) {
        return new SpringApplicationBuilder(PushTestApplication.class)
                .profiles("pushtest")
                .web(WebApplicationType.NONE)
                .run("--hotline.redis.enabled=true",
                        "--hotline.push.redis-channel=" + prefix + ":hotline:push",
                        "--hotline.push.redis-reconnect-delay=" + reconnectDelay,
                        "--hotline.test.redis.client-name=" + prefix + "-" + node);
    }

    private String subscriberConnectionId(String clientName) {
        String id = subscriberConnectionIdOrNull(clientName);
        assertThat(id).as("subscriber connection of " + clientName).isNotNull();
        return id;
    }

    /** The id of the connection named so that is in SUBSCRIBE mode, from CLIENT LIST. */
    private String subscriberConnectionIdOrNull(String clientName) {
        try (Jedis admin = new Jedis(redisHost, redisPort)) {
            return Arrays.stream(admin.clientList().split("\n"))
                    .filter(line -> line.contains(" name=" + clientName + " "))
                    .filter(line -> line.contains(" cmd=subscribe") || line.contains(" sub=1 "))
                    .map(line -> line.substring(line.indexOf("id=") + 3, line.indexOf(' ', line.indexOf("id="))))
                    .findFirst()
                    .orElse(null);
        }
    }

    private record Node(ConfigurableApplicationContext context) {

        PushHub hub() {
            return context.getBean(PushHub.class);
        }

        PushServer server() {
            return context.getBean(PushServer.class);
        }

        PushTokenCodec tokens() {
            return context.getBean(PushTokenCodec.class);
        }

        RedisPushBus bus() {
            return context.getBean(RedisPushBus.class);
        }
    }
}
