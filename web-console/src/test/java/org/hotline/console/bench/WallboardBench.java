package org.hotline.console.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassfish.tyrus.client.ClientManager;
import org.hotline.console.HotlineApplication;
import org.hotline.console.TestApi;
import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.push.PushTestAccess;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.TestCalls;
import org.hotline.telephony.TestAmiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Wallboard latency with 50 supervisors connected over real Tyrus sockets: the clock starts when the
 * protocol-faithful Asterisk stand-in writes a caller's {@code QueueCallerJoin} on its TCP connection and stops when
 * the {@code wallboard} message showing that caller waiting reaches each supervisor's socket (AMI translation, the
 * live queue state in Redis, the snapshot with today's figures from the database, the coalescer, the Redis bus,
 * 50 sockets). Two cases: a quiet board (the join is the first change after a quiet second: target p99 ≤ 500 ms)
 * and a busy one (a join every 250 ms: the coalescing sends at most one snapshot per
 * {@code hotline.wallboard.min-interval}, 400 ms, so a change waits up to that by design; target p99 ≤ 500 ms too). The clock starts once the application has recorded the call from its earlier events (a real
 * Asterisk leaves seconds between them), so the figure is the join's own path, not a backlog of earlier events. Baseline in the same run and sockets: {@link PushHub#sendLiveToRole} → frame received.
 * Database {@code hotline_bench} (profile {@code bench}), with whatever tickets are there. Writes
 * {@code target/bench/wallboard.json}.
 */
@SpringBootTest(classes = HotlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"hotline.telephony.wrap-up=0s", "hotline.data-dir=target/bench-data-wallboard"})
@ActiveProfiles({"mysql", "it", "bench"})
class WallboardBench {

    private static final int SUPERVISORS = 50;
    private static final int SAMPLES = Integer.getInteger("bench.wallboardSamples", 40);
    private static final int BUSY_JOINS = 20;
    private static final int TARGET_P99_MS = 500;
    private static final String PASSWORD = "quiet-harbor-passphrase-7";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestAmiServer AMI = new TestAmiServer();
    private static final AmiFixture ANSWERED = AmiFixture.load("ami-call.txt.server.raw");
    private static final String JOIN = "Event: QueueCallerJoin";

    @Autowired
    PushHub hub;
    @Autowired
    CallRecords callRecords;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("hotline.ami.host", () -> "127.0.0.1");
        registry.add("hotline.ami.port", AMI::port);
        registry.add("hotline.ami.username", () -> TestAmiServer.USERNAME);
        registry.add("hotline.ami.secret", () -> TestAmiServer.SECRET);
    }

    @AfterAll
    static void stopAmi() {
        AMI.close();
    }

    @Test
    void measuresQueueCallerJoinToWallboardOnFiftySupervisorSockets() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(AMI::hasClient);
        List<Board> boards = connectSupervisors(new TestApi(port));
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("supervisorsConnected", boards.size());
        results.put("machine", "2 cores shared with other builds and tests while measuring");

        quiet(boards, 3);
        List<Double> quiet = quiet(boards, SAMPLES);
        results.put("quietJoinToWallboard", summary(quiet));
        List<Double> busy = busy(boards);
        results.put("busyJoinEvery250msToWallboard", summary(busy));
        List<Double> direct = direct(boards);
        results.put("sendLiveToRoleToSocket", summary(direct));
        boards.forEach(Board::close);

        double p99 = percentile(quiet, 0.99);
        results.put("quietP99OverSendLiveToRoleP99", Math.round(p99 / percentile(direct, 0.99) * 10) / 10.0);
        results.put("targetP99Ms", TARGET_P99_MS);
        results.put("targetMet", p99 <= TARGET_P99_MS);
        results.put("busyTargetMet", percentile(busy, 0.99) <= TARGET_P99_MS);
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results);
        System.out.println("WallboardBench " + json);
        Path out = Path.of("target", "bench", "wallboard.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        assertThat(p99).as("quiet join → wallboard p99 (ms)").isLessThanOrEqualTo(TARGET_P99_MS);
    }

    /** One join after a quiet board per sample; every socket's arrival counts. */
    private List<Double> quiet(List<Board> boards, int samples) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            AmiFixture call = ANSWERED.withFreshIds();
            List<String> before = call.eventsThrough(JOIN);
            AMI.play(before.subList(0, before.size() - 1));
            // As with a real Asterisk, seconds pass between a call's first events and its join: the application has
            // recorded the call before the clock starts.
            String callId = TestCalls.callIdOf(call);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> callRecords.find(callId).isPresent());
            awaitQuiet(boards);
            List<CompletableFuture<Long>> seen = expect(boards, board -> board.at("/calls/waiting").asLong() >= 1);
            long start = System.nanoTime();
            AMI.send(before.get(before.size() - 1));
            for (CompletableFuture<Long> arrival : seen) {
                millis.add((arrival.get(10, TimeUnit.SECONDS) - start) / 1e6);
            }
            List<CompletableFuture<Long>> empty = expect(boards, board -> board.at("/calls/waiting").asLong() == 0);
            AMI.play(call.eventsAfter(JOIN));
            for (CompletableFuture<Long> arrival : empty) {
                arrival.get(10, TimeUnit.SECONDS);
            }
        }
        return millis;
    }

    /** A join every 250 ms: each join's delay until a snapshot shows it, on every socket. */
    private List<Double> busy(List<Board> boards) throws Exception {
        // Every call's events up to its join first (recorded by the application), so that the joins alone keep
        // the pace.
        List<AmiFixture> calls = new ArrayList<>();
        for (int i = 0; i < BUSY_JOINS; i++) {
            AmiFixture call = ANSWERED.withFreshIds();
            calls.add(call);
            List<String> before = call.eventsThrough(JOIN);
            AMI.play(before.subList(0, before.size() - 1));
            String callId = TestCalls.callIdOf(call);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> callRecords.find(callId).isPresent());
        }
        awaitQuiet(boards);
        List<Double> millis = new ArrayList<>();
        AtomicInteger joined = new AtomicInteger();
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        try {
            pace.scheduleAtFixedRate(() -> {
                int i = joined.getAndIncrement();
                if (i >= BUSY_JOINS) {
                    return;
                }
                List<String> before = calls.get(i).eventsThrough(JOIN);
                List<CompletableFuture<Long>> seen = expect(boards,
                    board -> board.at("/calls/waiting").asLong() >= i + 1);
                long start = System.nanoTime();
                AMI.send(before.get(before.size() - 1));
                for (CompletableFuture<Long> arrival : seen) {
                    arrival.whenComplete((at, e) -> {
                        if (at != null) {
                            synchronized (millis) {
                                millis.add((at - start) / 1e6);
                            }
                        }
                    });
                }
            }, 0, 250, TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(60)).until(() -> joined.get() >= BUSY_JOINS);
        } finally {
            pace.shutdown();
            pace.awaitTermination(10, TimeUnit.SECONDS);
        }
        List<CompletableFuture<Long>> empty = expect(boards, board -> board.at("/calls/waiting").asLong() == 0);
        for (AmiFixture call : calls) {
            AMI.play(call.eventsAfter(JOIN));
        }
        for (CompletableFuture<Long> arrival : empty) {
            arrival.get(20, TimeUnit.SECONDS);
        }
        synchronized (millis) {
            return new ArrayList<>(millis);
        }
    }

    private List<Double> direct(List<Board> boards) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String marker = "direct-" + i;
            List<CompletableFuture<Long>> seen = new ArrayList<>();
            for (Board board : boards) {
                seen.add(board.expectFrame(frame -> "wallboard-bench".equals(frame.path("type").asText())
                    && marker.equals(frame.path("payload").path("marker").asText())));
            }
            long start = System.nanoTime();
            hub.sendLiveToRole(ConsoleRole.SUPERVISOR, new PushMessage("wallboard-bench", Map.of("marker", marker)));
            for (CompletableFuture<Long> arrival : seen) {
                millis.add((arrival.get(10, TimeUnit.SECONDS) - start) / 1e6);
            }
        }
        return millis;
    }

    /**
     * Waits until no socket got a snapshot for longer than the coalescing interval
     * ({@code hotline.wallboard.min-interval}, 400 ms), so that the next change is the first after a quiet board.
     */
    private static void awaitQuiet(List<Board> boards) {
        long quietNanos = Duration.ofMillis(600).toNanos();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
            .until(() -> boards.stream().allMatch(board -> System.nanoTime() - board.lastWallboard >= quietNanos));
    }

    private static List<CompletableFuture<Long>> expect(List<Board> boards, Predicate<JsonNode> wallboard) {
        List<CompletableFuture<Long>> seen = new ArrayList<>();
        for (Board board : boards) {
            seen.add(board.expectFrame(frame -> "wallboard".equals(frame.path("type").asText())
                && wallboard.test(frame.path("payload"))));
        }
        return seen;
    }

    private List<Board> connectSupervisors(TestApi api) throws Exception {
        ClientManager client = ClientManager.createClient();
        List<Board> boards = new ArrayList<>();
        for (int i = 0; i < SUPERVISORS; i++) {
            String username = String.format("bench-supervisor-%02d", i);
            TestApi.Response created = api.post("admin", "/api/admin/users", Map.of("username", username,
                "password", PASSWORD, "role", "SUPERVISOR", "displayName", "Bench " + username));
            if (created.status() != 201 && created.status() != 409) {
                throw new IllegalStateException("cannot create " + username + ": " + created);
            }
            CurrentUser supervisor = new CurrentUser(username, ConsoleRole.SUPERVISOR, null);
            boards.add(Board.open(client, URI.create("ws://127.0.0.1:" + PushTestAccess.port(context)
                + PushTestAccess.path(supervisor) + "?token="
                + URLEncoder.encode(PushTestAccess.token(context, supervisor), StandardCharsets.UTF_8))));
        }
        return boards;
    }

    private static Map<String, Object> summary(List<Double> millis) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", millis.size());
        summary.put("p50Ms", round(percentile(millis, 0.50)));
        summary.put("p99Ms", round(percentile(millis, 0.99)));
        summary.put("maxMs", round(percentile(millis, 1.0)));
        return summary;
    }

    private static double percentile(List<Double> millis, double p) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** One supervisor's socket: completes expectations on the first matching frame, stamped on arrival. */
    static final class Board extends Endpoint {
        private record Expectation(Predicate<JsonNode> frame, CompletableFuture<Long> arrival) {
        }

        private final List<Expectation> expected = new CopyOnWriteArrayList<>();
        private volatile Session session;
        private volatile long lastWallboard = System.nanoTime();

        static Board open(ClientManager client, URI uri) throws Exception {
            Board board = new Board();
            client.connectToServer(board, ClientEndpointConfig.Builder.create().build(), uri);
            return board;
        }

        CompletableFuture<Long> expectFrame(Predicate<JsonNode> frame) {
            Expectation expectation = new Expectation(frame, new CompletableFuture<>());
            expected.add(expectation);
            return expectation.arrival();
        }

        @Override
        public void onOpen(Session opened, EndpointConfig config) {
            session = opened;
            opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
                long arrived = System.nanoTime();
                try {
                    JsonNode frame = JSON.readTree(text);
                    if ("wallboard".equals(frame.path("type").asText())) {
                        lastWallboard = arrived;
                    }
                    for (Expectation expectation : expected) {
                        if (expectation.frame().test(frame)) {
                            expectation.arrival().complete(arrived);
                            expected.remove(expectation);
                        }
                    }
                } catch (Exception e) {
                    expected.forEach(x -> x.arrival().completeExceptionally(e));
                }
            });
        }

        void close() {
            try {
                session.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
