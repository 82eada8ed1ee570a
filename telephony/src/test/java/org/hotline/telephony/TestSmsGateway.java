package org.hotline.telephony;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server standing in for the SMS gateway: checks each request's HMAC signature, refuses the first
 * {@code failures} requests with 503 and records what it took.
 */
public final class TestSmsGateway implements AutoCloseable {

    public static final String SECRET = "sms-gateway-secret-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> taken = new CopyOnWriteArrayList<>();
    private final AtomicInteger badSignatures = new AtomicInteger();

    public TestSmsGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/sms", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String timestamp = exchange.getRequestHeaders().getFirst("X-Hotline-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Hotline-Signature");
            int status;
            if (!hmac(timestamp, body).equals(signature)) {
                badSignatures.incrementAndGet();
                status = 401;
            } else {
                JsonNode message = JSON.readTree(body);
                requests.add(message);
                if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    status = 503;
                } else {
                    taken.add(message);
                    status = 200;
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** The next {@code n} requests are refused with 503. */
    public void failNext(int n) {
        failuresLeft.set(n);
    }

    /** Every correctly signed request, refused or taken. */
    public List<JsonNode> requests() {
        return requests;
    }

    /** The messages the gateway took. */
    public List<JsonNode> taken() {
        return taken;
    }

    public int badSignatures() {
        return badSignatures.get();
    }

    public static String hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
