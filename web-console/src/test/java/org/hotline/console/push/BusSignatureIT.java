package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import redis.clients.jedis.JedisPooled;

/**
 * Messages on the Redis bus must be signed with the bus secret: one published straight to Redis without a signature
 * (or with a wrong one) never reaches a socket, a signed one does.
 */
class BusSignatureIT extends HotlineIntegrationSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    PushProperties properties;

    @Test
    void unsignedAndForgedBusMessagesAreDroppedAndSignedOnesDelivered() throws Exception {
        try (TestPushClient agent = TestSocket.open(api(), "agent1");
             JedisPooled redis = new JedisPooled(System.getProperty("hotline.test.redis.host", "127.0.0.1"),
                 Integer.getInteger("hotline.test.redis.port", 6379))) {
            agent.drainWithPing();
            String channel = properties.getRedisChannel();
            PushBusSigner forger = new PushBusSigner("a-secret-the-attacker-guessed-0123456789"
                .getBytes(StandardCharsets.UTF_8));
            PushBusSigner real = new PushBusSigner(properties.getSecret().getBytes(StandardCharsets.UTF_8));

            redis.publish(channel, message("forged-unsigned"));
            redis.publish(channel, forger.sign(message("forged-signed")));
            redis.publish(channel, real.sign(message("probe")));

            List<JsonNode> frames = agent.until(frame -> "probe".equals(frame.path("type").asText()));
            assertThat(frames).extracting(frame -> frame.path("type").asText()).containsOnly("probe");
            assertThat(agent.drainWithPing()).isEmpty();
        }
    }

    private static String message(String type) throws Exception {
        ObjectNode frame = JSON.createObjectNode();
        frame.put("type", type);
        frame.put("id", 1);
        frame.putObject("payload");
        ObjectNode node = JSON.createObjectNode();
        node.put("node", "another-node");
        node.put("id", 1);
        node.put("kind", "USER");
        node.put("target", "agent1");
        node.put("frame", JSON.writeValueAsString(frame));
        return JSON.writeValueAsString(node);
    }
}
