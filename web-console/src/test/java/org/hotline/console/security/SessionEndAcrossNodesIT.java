package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.websocket.CloseReason;
import org.glassfish.tyrus.client.ClientManager;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.push.PushTestAccess;
import org.hotline.console.push.TestPushClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;

/**
 * The end of a user's sessions reaches every node over the real Redis bus: this node tells the others when it
 * disables a user (a second subscriber on the channel plays the other node), and ends its own sessions and sockets
 * when another node says so, signed with the bus secret; an unsigned order is ignored.
 */
class SessionEndAcrossNodesIT extends HotlineIntegrationSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ClientManager SOCKETS = ClientManager.createClient();
    private final String redisHost = System.getProperty("hotline.test.redis.host", "127.0.0.1");
    private final int redisPort = Integer.getInteger("hotline.test.redis.port", 6379);

    @Autowired
    ApplicationContext context;

    @Autowired
    ConsoleAccounts accounts;

    @Autowired
    ConsoleUserMapper users;

    @Autowired
    ApplicationEventPublisher events;

    private String agent() {
        String username = "xn-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api().post("admin", "/api/admin/users", Map.of("username", username,
            "password", AccountSecurityIT.TEMPORARY, "role", "AGENT")).status()).isEqualTo(201);
        accounts.changeOwnPassword(username, AccountSecurityIT.TEMPORARY, AccountSecurityIT.GOOD_PASSWORD);
        return username;
    }

    @Test
    void anotherNodesSignedOrderEndsTheSessionsAndSocketsHereAndAnUnsignedOneDoesNot() throws Exception {
        String username = agent();
        SessionClient session = new SessionClient(port, null);
        assertThat(session.logIn(username, AccountSecurityIT.GOOD_PASSWORD)).endsWith("/");
        TestPushClient socket = openSocket(session);
        assertThat(socket.drainWithPing()).isNotNull();
        String order = JSON.writeValueAsString(Map.of("node", "another-node", "revoke", username));
        String channel = PushTestAccess.busChannel(context);

        try (JedisPooled redis = new JedisPooled(redisHost, redisPort)) {
            redis.publish(channel, order);
            redis.publish(channel, PushTestAccess.signBusMessage("a-secret-the-attacker-guessed-0123456789", order));
            // Redis delivers in order on one connection: the session must outlive both forged orders.
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> session.get("/api/tickets").status() == 200);
            assertThat(socket.drainWithPing()).isNotNull();

            redis.publish(channel, PushTestAccess.signBusMessage(PushTestAccess.busSecret(context), order));
        }

        CloseReason reason = socket.awaitClose();
        assertThat(reason.getCloseCode().getCode()).isEqualTo(1008);
        await().atMost(Duration.ofSeconds(5)).until(() -> session.get("/api/tickets").status() == 401);
    }

    @Test
    void disablingAUserHereTellsTheOtherNodesSigned() throws Exception {
        String username = agent();
        List<String> received = new CopyOnWriteArrayList<>();
        JedisPubSub otherNode = new JedisPubSub() {
            @Override
            public void onMessage(String channel, String message) {
                received.add(message);
            }
        };
        Thread subscriber = new Thread(() -> {
            try (Jedis jedis = new Jedis(redisHost, redisPort)) {
                jedis.subscribe(otherNode, PushTestAccess.busChannel(context));
            }
        }, "other-node-subscriber");
        subscriber.setDaemon(true);
        subscriber.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(otherNode::isSubscribed);

            assertThat(api().post("admin", "/api/admin/users/" + username + "/disable", Map.of()).status())
                .isEqualTo(204);

            JsonNode order = await().atMost(Duration.ofSeconds(5)).until(() -> received.stream()
                .map(message -> PushTestAccess.verifyBusMessage(PushTestAccess.busSecret(context), message))
                .filter(json -> json != null && json.contains(username))
                .map(SessionEndAcrossNodesIT::read).findFirst().orElse(null), java.util.Objects::nonNull);
            assertThat(order.get("revoke").asText()).isEqualTo(username);
            assertThat(order.get("node").asText()).isNotBlank();
        } finally {
            otherNode.unsubscribe();
            subscriber.join(2000);
        }
    }

    @Test
    void aNodeThatWasDeafDuringAnOutageEndsWhatTheAuditSaysWasRevokedMeanwhile() {
        String username = agent();
        String bystander = agent();
        SessionClient session = new SessionClient(port, null);
        session.logIn(username, AccountSecurityIT.GOOD_PASSWORD);
        SessionClient other = new SessionClient(port, null);
        other.logIn(bystander, AccountSecurityIT.GOOD_PASSWORD);
        TestPushClient socket = openSocket(session);
        Instant lost = Instant.now();
        // What another node wrote while this one was cut off from Redis: the account disabled, no message arrived.
        users.updateEnabled(username, false);
        users.insertAudit(LocalDateTime.now(ZoneOffset.UTC), "admin", username, AccountAction.DISABLED, null);
        assertThat(session.get("/api/tickets").status()).isEqualTo(200);

        events.publishEvent(new ClusterBusRecovered(lost));

        assertThat(socket.awaitClose().getCloseCode().getCode()).isEqualTo(1008);
        assertThat(session.get("/api/tickets").status()).isEqualTo(401);
        assertThat(other.get("/api/tickets").status()).isEqualTo(200);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestPushClient openSocket(SessionClient session) {
        JsonNode token = session.get("/api/push/token").json();
        return TestPushClient.connect(SOCKETS, URI.create(token.get("url").asText() + "?token="
            + URLEncoder.encode(token.get("token").asText(), StandardCharsets.UTF_8)));
    }
}
