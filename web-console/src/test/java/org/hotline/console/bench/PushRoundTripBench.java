package org.hotline.console.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.server.Server;
import org.hotline.console.ExcludeTestApplicationsCustomizerFactory;
import org.hotline.console.HotlineApplication;
import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.push.PushTestAccess;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Push latency with 500 agents connected, over real sockets on loopback, against a plain Tyrus echo round trip
 * measured in the same run with the same number of connections and driver threads:
 * <ul>
 *   <li>typing → suggestions (the real knowledge-base search over the sample city, default debounce: every agent types again only after
 *       a pause longer than the debounce, so the figure is the server's reaction time, not the debounce wait);</li>
 *   <li>{@code PushHub.sendToUser} → frame received on the agent's socket (includes storing the message).</li>
 * </ul>
 * The whole application on database {@code hotline_bench} and Redis. Writes {@code target/bench/push.json}.
 */
class PushRoundTripBench {

    private static final int CLIENTS = 500;
    private static final int THREADS = 4;
    private static final int FREE_PORT = -1;
    private static final int WARM_UP = 1_000;
    private static final int SAMPLES = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TYPED = {"灵活就业人员怎么参加社保", "公积金怎么提取", "医保卡丢了怎么补办", "小区噪音扰民找谁",
        "身份证到期怎么换", "路灯不亮报修", "养老金什么时候发", "异地就医备案"};

    @Test
    void measuresTypingAndHubPushAgainstAPlainEchoRoundTrip() throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("clients", CLIENTS);
        results.put("threads", THREADS);
        results.put("samples", SAMPLES);

        ClientManager client = ClientManager.createClient();
        // Tyrus' standalone Server takes port 0 as its default 8025 (the application's push port, busy when the
        // application runs beside the benchmark); -1 binds a free port, as the tests do.
        Server echoServer = new Server("localhost", FREE_PORT, "/bench", Map.of(), EchoEndpoint.class);
        echoServer.start();
        try {
            List<BenchClient> echoClients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                echoClients.add(BenchClient.connect(client,
                        URI.create("ws://127.0.0.1:" + echoServer.getPort() + "/bench/echo")));
            }
            double[] echo = run(echoClients, (socket, n) -> socket.roundTrip(
                    "{\"type\":\"echo\",\"seq\":" + n + ",\"text\":\"" + TYPED[n % TYPED.length] + "\"}", n));
            results.put("echoRoundTrip", summary(echo));
            echoClients.forEach(BenchClient::close);
        } finally {
            echoServer.stop();
        }

        try (ConfigurableApplicationContext context = startPushNode()) {
            PushHub hub = context.getBean(PushHub.class);
            int port = PushTestAccess.port(context);
            List<BenchClient> agents = new ArrayList<>();
            List<String> usernames = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                CurrentUser agent = new CurrentUser("bench-" + UUID.randomUUID(), ConsoleRole.AGENT, null);
                usernames.add(agent.username());
                agents.add(BenchClient.connect(client, URI.create("ws://127.0.0.1:" + port
                        + PushTestAccess.path(agent) + "?token="
                        + URLEncoder.encode(PushTestAccess.token(context, agent), StandardCharsets.UTF_8))));
            }

            double[] typing = run(agents, (socket, n) -> socket.roundTrip(
                    "{\"type\":\"typing\",\"seq\":" + n + ",\"text\":\"" + TYPED[n % TYPED.length] + "\"}", n));
            results.put("typingToSuggestions", summary(typing));

            double[] push = run(agents, (socket, n) -> {
                String username = usernames.get(agents.indexOf(socket));
                return socket.timed(() -> hub.sendToUser(username,
                        new PushMessage("screen-pop", Map.of("caller", "138****" + n, "queue", "hotline"))));
            });
            results.put("sendToUserToSocket", summary(push));
            agents.forEach(BenchClient::close);
        } finally {
            client.shutdown();
        }

        double echoP99 = p(results, "echoRoundTrip", "p99Ms");
        results.put("typingP99OverEchoP99", round(p(results, "typingToSuggestions", "p99Ms") / echoP99));
        results.put("pushP99OverEchoP99", round(p(results, "sendToUserToSocket", "p99Ms") / echoP99));
        results.put("targets", Map.of("typingToSuggestionsP99Ms", 30, "sendToUserToSocketP99Ms", 50));

        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results);
        System.out.println("PushRoundTripBench " + json);
        Path out = Path.of("target", "bench", "push.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        assertThat(p(results, "typingToSuggestions", "count")).isEqualTo(SAMPLES);
    }

    /**
     * The whole application as production runs it (profile {@code mysql}: MariaDB, Redis fan-out), seeded with the
     * sample city, so typing is answered by the real knowledge-base search.
     */
    private static ConfigurableApplicationContext startPushNode() {
        String host = System.getProperty("hotline.test.db.host", "127.0.0.1");
        String port = System.getProperty("hotline.test.db.port", "3306");
        return new SpringApplicationBuilder(HotlineApplication.class)
                .initializers(ExcludeTestApplicationsCustomizerFactory.initializer())
                .profiles("mysql")
                .run("--spring.datasource.url=jdbc:mysql://" + host + ":" + port + "/hotline_bench"
                                + "?sendFractionalSeconds=false&nullCatalogMeansCurrent=true&characterEncoding=UTF-8"
                                + "&connectionCollation=utf8mb4_unicode_ci&useSSL=false&allowPublicKeyRetrieval=true",
                        "--spring.datasource.username=" + System.getProperty("hotline.test.db.user", "hotline"),
                        "--spring.datasource.password=" + System.getProperty("hotline.test.db.password", "hotline"),
                        "--hotline.redis.host=" + System.getProperty("hotline.test.redis.host", "127.0.0.1"),
                        "--hotline.redis.port=" + System.getProperty("hotline.test.redis.port", "6379"),
                        "--server.port=0",
                        "--hotline.push.port=-1",
                        "--hotline.push.secret=bench-secret-0123456789-0123456789",
                        "--hotline.push.bus-secret=bench-bus-secret-0123456789-0123456789",
                        "--hotline.security.startup-checks=false",
                        "--hotline.fastagi.enabled=false",
                        "--hotline.seed.sample-city=true",
                        "--hotline.data-dir=target/bench-data",
                        "--hotline.push.max-messages-per-second=1000",
                        "--logging.level.org.hotline=WARN");
    }

    /**
     * Warm-up then {@link #SAMPLES} measured operations; each driver thread owns a slice of the clients and uses them
     * round-robin, so one client is idle for many operations between two uses (longer than the debounce).
     */
    private static double[] run(List<BenchClient> clients, Operation operation) throws Exception {
        measure(clients, operation, WARM_UP, 0);
        return measure(clients, operation, SAMPLES, WARM_UP);
    }

    private static double[] measure(List<BenchClient> clients, Operation operation, int count, int firstSeq)
            throws Exception {
        ExecutorService drivers = Executors.newFixedThreadPool(THREADS);
        try {
            int perThread = count / THREADS;
            int slice = clients.size() / THREADS;
            List<Future<double[]>> parts = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<BenchClient> mine = clients.subList(t * slice, (t + 1) * slice);
                int base = firstSeq + t * perThread;
                parts.add(drivers.submit(() -> {
                    double[] millis = new double[perThread];
                    for (int i = 0; i < perThread; i++) {
                        millis[i] = operation.run(mine.get(i % mine.size()), base + i + 1) / 1_000_000.0;
                    }
                    return millis;
                }));
            }
            double[] all = new double[perThread * THREADS];
            for (int t = 0; t < THREADS; t++) {
                System.arraycopy(parts.get(t).get(), 0, all, t * perThread, perThread);
            }
            return all;
        } finally {
            drivers.shutdown();
        }
    }

    private static Map<String, Object> summary(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", sorted.length);
        summary.put("p50Ms", round(sorted[(int) (sorted.length * 0.50)]));
        summary.put("p99Ms", round(sorted[(int) (sorted.length * 0.99)]));
        summary.put("maxMs", round(sorted[sorted.length - 1]));
        return summary;
    }

    @SuppressWarnings("unchecked")
    private static double p(Map<String, Object> results, String scenario, String key) {
        return ((Number) ((Map<String, Object>) results.get(scenario)).get(key)).doubleValue();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    @FunctionalInterface
    private interface Operation {
        /** @return nanoseconds */
        long run(BenchClient client, int seq) throws Exception;
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    /** The baseline: a plain annotated Tyrus endpoint that sends every text frame back. */
    @ServerEndpoint("/echo")
    public static class EchoEndpoint {

        @OnMessage
        public String echo(String text) {
            return text;
        }
    }

    /** One connected socket; waits for the frame carrying a given seq (suggestions, echo) or any pushed frame. */
    public static final class BenchClient extends Endpoint {

        private volatile Session session;
        private volatile CompletableFuture<JsonNode> awaited = new CompletableFuture<>();

        static BenchClient connect(ClientManager client, URI uri) throws Exception {
            BenchClient endpoint = new BenchClient();
            client.connectToServer(endpoint, ClientEndpointConfig.Builder.create().build(), uri);
            return endpoint;
        }

        @Override
        public void onOpen(Session opened, EndpointConfig config) {
            session = opened;
            opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
                try {
                    awaited.complete(JSON.readTree(text));
                } catch (IOException e) {
                    awaited.completeExceptionally(e);
                }
            });
        }

        /** Sends a frame and waits for the answer carrying the same seq. */
        long roundTrip(String frame, int seq) throws Exception {
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            awaited = answer;
            long start = System.nanoTime();
            session.getBasicRemote().sendText(frame);
            JsonNode received = answer.get(10, TimeUnit.SECONDS);
            long elapsed = System.nanoTime() - start;
            if (received.path("seq").asInt() != seq) {
                throw new IllegalStateException("expected seq " + seq + " but got " + received);
            }
            return elapsed;
        }

        /** Runs an action that makes the server push one frame to this socket; time until it arrives. */
        long timed(Action action) throws Exception {
            CompletableFuture<JsonNode> pushed = new CompletableFuture<>();
            awaited = pushed;
            long start = System.nanoTime();
            action.run();
            JsonNode received = pushed.get(10, TimeUnit.SECONDS);
            long elapsed = System.nanoTime() - start;
            if (!"screen-pop".equals(received.path("type").asText())) {
                throw new IllegalStateException("expected a screen-pop but got " + received);
            }
            return elapsed;
        }

        void close() {
            try {
                session.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
