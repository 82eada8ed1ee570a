package org.hotline.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real HTTP client for the API of a running application, logging in with HTTP Basic as a demo user
 * (password {@code hotline}).
 */
public final class TestApi {

    public static final String PASSWORD = "hotline";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String password;

    public TestApi(int port) {
        this(port, PASSWORD);
    }

    /** A client whose users log in with this password instead of the demo one. */
    public TestApi(int port, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.password = password;
    }

    public Response get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET asking for {@code accept} (e.g. {@code text/csv}) instead of JSON. */
    public Response get(String user, String path, String accept) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET(), accept);
    }

    public Response post(String user, String path, Object body) {
        String json;
        try {
            json = body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response postWithHeader(String user, String path, Object body, String header, String value) {
        try {
            return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Response put(String user, String path, Object body) {
        try {
            return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Response delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    public Response postRaw(String user, String path, String contentType, byte[] body) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Response send(String user, HttpRequest.Builder request) {
        return send(user, request, "application/json");
    }

    private Response send(String user, HttpRequest.Builder request, String accept) {
        if (user != null) {
            String credentials = user + ":" + password;
            request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        request.header("Accept", accept).timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer of the API. */
    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
