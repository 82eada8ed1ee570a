package org.hotline.console.push;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassfish.tyrus.client.ClientManager;

/** A real Tyrus client over a real socket that records every frame and the close reason. */
public final class TestPushClient extends Endpoint implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
    private volatile Session session;

    public static TestPushClient connect(ClientManager client, URI uri) {
        TestPushClient endpoint = new TestPushClient();
        try {
            client.connectToServer(endpoint, ClientEndpointConfig.Builder.create().build(), uri);
        } catch (Exception e) {
            throw new IllegalStateException("cannot connect to " + uri, e);
        }
        return endpoint;
    }

    @Override
    public void onOpen(Session opened, EndpointConfig config) {
        session = opened;
        opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
            try {
                received.add(JSON.readTree(text));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("server sent non-JSON: " + text, e);
            }
        });
    }

    @Override
    public void onClose(Session ended, CloseReason reason) {
        closed.complete(reason);
    }

    void send(String text) {
        try {
            session.getBasicRemote().sendText(text);
        } catch (IOException e) {
            throw new IllegalStateException("cannot send", e);
        }
    }

    /**
     * Sends a frame the server is expected to answer by closing the socket. The close can overtake the send: the
     * client then ends its session, and with it the executor the send still wanted to use, so the send may fail.
     */
    void sendExpectingClose(String text) {
        try {
            send(text);
        } catch (RuntimeException raceWithTheClose) {
            if (!closed.isDone() && session.isOpen()) {
                throw raceWithTheClose;
            }
        }
    }

    /** The next frame, whatever it is. */
    JsonNode next() {
        try {
            JsonNode frame = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError("no frame within " + WAIT);
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Frames up to and including the first one that matches; the earlier ones are returned before it. */
    public List<JsonNode> until(Predicate<JsonNode> last) {
        List<JsonNode> frames = new ArrayList<>();
        JsonNode frame;
        do {
            frame = next();
            frames.add(frame);
        } while (!last.test(frame));
        return frames;
    }

    /** Sends a ping and returns every frame that arrived before the pong: a barrier proving nothing else is queued. */
    public List<JsonNode> drainWithPing() {
        send("{\"type\":\"ping\"}");
        List<JsonNode> frames = until(frame -> "pong".equals(frame.path("type").asText()));
        return frames.subList(0, frames.size() - 1);
    }

    public CloseReason awaitClose() {
        try {
            return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("socket not closed within " + WAIT, e);
        }
    }

    public boolean isOpen() {
        Session current = session;
        return current != null && current.isOpen() && !closed.isDone();
    }

    @Override
    public void close() {
        Session current = session;
        if (current != null && current.isOpen()) {
            try {
                current.close();
            } catch (IOException e) {
                throw new IllegalStateException("cannot close", e);
            }
        }
    }
}
