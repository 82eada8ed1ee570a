package org.hotline.console.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.console.HotlineApplication;
import org.hotline.console.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Ticket registrations per second by an integration client authenticated three ways, in the same run on the same
 * database: an API key ({@code X-Hotline-Api-Key}, hashed once and cached), HTTP Basic (bcrypt on every request)
 * and a console session (cookie + CSRF token). Rounds alternate between the three, each time-boxed, after a warm-up.
 * Issue 14's figures were 26/s by Basic against 282/s by session; the key should reach the session's rate. Writes
 * {@code target/bench/integration-auth.json}.
 */
@SpringBootTest(classes = HotlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"mysql", "it", "bench"})
class IntegrationAuthBench {

    private static final int THREADS = 4;
    private static final Duration ROUND = Duration.ofSeconds(Integer.getInteger("bench.round.seconds", 10));
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final String PASSWORD = "quiet-harbor-gateway-9";
    private static final String BODY = "{\"channel\":\"web\",\"type\":\"help\",\"categoryCode\":\"C0401\","
        + "\"content\":\"想咨询公积金提取进度，已经提交两周\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .executor(Executors.newFixedThreadPool(THREADS)).build();

    @LocalServerPort
    private int port;

    @Test
    void measuresRegistrationsPerSecondByApiKeyBasicAndSession() throws Exception {
        TestApi api = new TestApi(port);
        String user = "bench-gw-" + System.nanoTime() % 100_000;
        assertThat(api.post("admin", "/api/admin/users", Map.of("username", user, "password", "temporary-pass-Q7x",
            "role", "AGENT")).status()).isEqualTo(201);
        String temporary = "Basic " + Base64.getEncoder().encodeToString((user + ":temporary-pass-Q7x")
            .getBytes(StandardCharsets.UTF_8));
        assertThat(send(b -> b.header("Authorization", temporary), "/api/me/password",
            "{\"currentPassword\":\"temporary-pass-Q7x\",\"newPassword\":\"" + PASSWORD + "\"}")).isEqualTo(204);
        String key = api.post("admin", "/api/admin/users/" + user + "/api-keys", Map.of("label", "bench"))
            .json().get("key").asText();
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8));
        String[] session = logIn(user, PASSWORD);

        Map<String, Consumer<HttpRequest.Builder>> ways = new LinkedHashMap<>();
        ways.put("apiKey", b -> b.header("X-Hotline-Api-Key", key));
        ways.put("basic", b -> b.header("Authorization", basic));
        ways.put("session", b -> b.header("Cookie", session[0]).header("X-XSRF-TOKEN", session[1]));

        for (Consumer<HttpRequest.Builder> way : ways.values()) {
            run(way, Duration.ofSeconds(3));
        }
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        ways.keySet().forEach(name -> rates.put(name, new ArrayList<>()));
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Consumer<HttpRequest.Builder>> way : ways.entrySet()) {
                rates.get(way.getKey()).add(run(way.getValue(), ROUND));
            }
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("threads", THREADS);
        results.put("roundSeconds", ROUND.toSeconds());
        results.put("rounds", ROUNDS);
        Map<String, Double> best = new LinkedHashMap<>();
        rates.forEach((name, values) -> {
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            best.put(name, Math.round(max * 10) / 10.0);
            results.put(name + "RegistrationsPerSecond", values.stream().map(v -> Math.round(v * 10) / 10.0).toList());
        });
        results.put("best", best);
        results.put("apiKeyOverBasic", Math.round(best.get("apiKey") / best.get("basic") * 100) / 100.0);
        results.put("apiKeyOverSession", Math.round(best.get("apiKey") / best.get("session") * 100) / 100.0);
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results);
        System.out.println("IntegrationAuthBench " + json);
        Path out = Path.of("target", "bench", "integration-auth.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        assertThat(best.get("apiKey")).isGreaterThan(best.get("basic"));
    }

    private double run(Consumer<HttpRequest.Builder> auth, Duration length) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int status = send(auth, "/api/tickets", BODY);
                    if (status != 201) {
                        throw new IllegalStateException("registration answered " + status);
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private int send(Consumer<HttpRequest.Builder> auth, String path, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json").header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        auth.accept(request);
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Logs in with the form; @return the cookies and the CSRF token. */
    private String[] logIn(String user, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/login.html")).build(), HttpResponse.BodyHandlers.ofString());
        String xsrf = cookie(page.headers().allValues("Set-Cookie"), "XSRF-TOKEN");
        String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf=" + URLEncoder.encode(xsrf, StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "XSRF-TOKEN=" + xsrf).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
            HttpResponse.BodyHandlers.ofString());
        List<String> cookies = login.headers().allValues("Set-Cookie");
        String newXsrf = cookie(cookies, "XSRF-TOKEN");
        String token = newXsrf == null ? xsrf : newXsrf;
        return new String[] {"JSESSIONID=" + cookie(cookies, "JSESSIONID") + "; XSRF-TOKEN=" + token, token};
    }

    private static String cookie(List<String> setCookies, String name) {
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }
}
