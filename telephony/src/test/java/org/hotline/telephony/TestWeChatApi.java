package org.hotline.telephony;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server standing in for WeChat's API: hands out access tokens for the right app id and secret, takes
 * customer-service messages sent with the current token, and answers errcode 42001 (token expired) when told to or
 * when an old token is used.
 */
public final class TestWeChatApi implements AutoCloseable {

    public static final String APP_ID = "wx0123456789abcdef";
    public static final String APP_SECRET = "app-secret-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicInteger expireNext = new AtomicInteger();
    private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private volatile String current = "";

    public TestWeChatApi() {
        this(APP_ID);
    }

    /** @param appId the official account's app id the tokens are handed out for */
    public TestWeChatApi(String appId) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/cgi-bin/token", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            if (!query.contains("appid=" + appId) || !query.contains("secret=" + APP_SECRET)
                    || !query.contains("grant_type=client_credential")) {
                answer(exchange, "{\"errcode\":40013,\"errmsg\":\"invalid appid\"}");
                return;
            }
            current = "token-" + tokensIssued.incrementAndGet();
            answer(exchange, "{\"access_token\":\"" + current + "\",\"expires_in\":7200}");
        });
        server.createContext("/cgi-bin/message/custom/send", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String token = param(exchange.getRequestURI(), "access_token");
            if (!current.equals(token) || expireNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                answer(exchange, "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
                return;
            }
            JsonNode message = JSON.readTree(body);
            if ("blocked".equals(message.path("touser").asText().substring(0, Math.min(7,
                    message.path("touser").asText().length())))) {
                answer(exchange, "{\"errcode\":45015,\"errmsg\":\"response out of time limit\"}");
                return;
            }
            messages.add(message);
            answer(exchange, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code n} sends are answered "token expired", as after another server fetched a new token. */
    public void expireNext(int n) {
        expireNext.set(n);
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    public List<JsonNode> messages() {
        return List.copyOf(messages);
    }

    private static String param(URI uri, String name) {
        for (String pair : uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
