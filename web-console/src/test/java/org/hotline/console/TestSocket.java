package org.hotline.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import org.glassfish.tyrus.client.ClientManager;

/**
 * A console user's push socket as the browser opens it: a token from {@code GET /api/push/token}, then a real
 * Tyrus client connection to the URL it names. Records every JSON frame received.
 */
public final class TestSocket extends Endpoint implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ClientManager CLIENT = ClientManager.createClient();

    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private volatile Session session;

    public static TestSocket open(TestApi api, String user) {
        TestApi.Response token = api.get(user, "/api/push/token");
        if (token.status() != 200) {
            throw new IllegalStateException("no push token for " + user + ": " + token);
        }
        JsonNode body = token.json();
        URI uri = URI.create(body.get("url").asText() + "?token="
            + URLEncoder.encode(body.get("token").asText(), StandardCharsets.UTF_8));
        TestSocket socket = new TestSocket();
        try {
            CLIENT.connectToServer(socket, ClientEndpointConfig.Builder.create().build(), uri);
        } catch (Exception e) {
            throw new IllegalStateException("cannot connect to " + uri, e);
        }
        return socket;
    }

    @Override
    public void onOpen(Session opened, EndpointConfig config) {
        session = opened;
        opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
            try {
                received.add(JSON.readTree(text));
            } catch (Exception e) {
                throw new IllegalStateException("server sent non-JSON: " + text, e);
            }
        });
    }

    public void send(Object message) {
        try {
            session.getBasicRemote().sendText(JSON.writeValueAsString(message));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the first frame matching the predicate, skipping others; fails after the timeout. */
    public JsonNode await(Predicate<JsonNode> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonNode frame = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
                if (frame == null) {
                    throw new AssertionError("no matching frame within " + timeout);
                }
                if (wanted.test(frame)) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Frames received so far and not yet consumed by {@link #await}. */
    public java.util.List<JsonNode> pending() {
        return java.util.List.copyOf(received);
    }

    @Override
    public void close() {
        try {
            if (session != null && session.isOpen()) {
                session.close();
            }
        } catch (Exception e) {
            // closing a test socket that the server already closed is fine
        }
    }
}
