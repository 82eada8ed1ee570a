package org.hotline.console.api.channel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.hotline.console.TestApi;

/**
 * A web or app client of the hotline as a real integrator writes it: HMAC-SHA256 over timestamp + "\n" + raw body,
 * sent with {@code X-Hotline-Client}, {@code X-Hotline-Timestamp}, {@code X-Hotline-Signature}. Each knob of a
 * request can be spoiled for the bad-input tests.
 */
public final class SignedClient {

    public static final String DEMO = "demo";
    public static final String DEMO_SECRET = "demo-secret-change-me";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public SignedClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Request post(String path, String body) {
        return new Request(path, body.getBytes(StandardCharsets.UTF_8));
    }

    public Request post(String path, byte[] body) {
        return new Request(path, body);
    }

    public static String hmac(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One request, signed by the demo client unless told otherwise. */
    public final class Request {
        private final String path;
        private final byte[] body;
        private String client = DEMO;
        private String secret = DEMO_SECRET;
        private String timestamp = Long.toString(Instant.now().getEpochSecond());
        private String signature;
        private String contentType = "application/json";
        private boolean chunked;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Request(String path, byte[] body) {
            this.path = path;
            this.body = body;
        }

        public Request client(String client, String secret) {
            this.client = client;
            this.secret = secret;
            return this;
        }

        public Request timestamp(Instant at) {
            this.timestamp = Long.toString(at.getEpochSecond());
            return this;
        }

        public Request signature(String signature) {
            this.signature = signature;
            return this;
        }

        public Request contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        public Request chunked() {
            this.chunked = true;
            return this;
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public TestApi.Response send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (client != null) {
                request.header("X-Hotline-Client", client);
            }
            if (timestamp != null) {
                request.header("X-Hotline-Timestamp", timestamp);
            }
            String sig = signature != null ? signature : secret == null ? null : hmac(secret, timestamp, body);
            if (sig != null && !sig.isEmpty()) {
                request.header("X-Hotline-Signature", sig);
            }
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new TestApi.Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
