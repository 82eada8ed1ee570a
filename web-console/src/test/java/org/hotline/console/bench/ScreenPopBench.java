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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import org.hotline.console.TestApi.Response;
import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.push.PushTestAccess;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;
import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.TestAmiServer;
import org.hotline.telephony.TestCalls;
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
 * Screen-pop latency of the whole application with 500 agents connected over real Tyrus sockets: the AMI
 * {@code AgentConnect} of a call is written by the protocol-faithful Asterisk stand-in, and the clock stops when the
 * {@code screen-pop} frame of that call reaches the answering agent's socket (translation, call record, caller
 * history from the workflow, knowledge suggestions, push store, Redis fan-out, socket). Each call is the recorded
 * answered call with fresh ids, the agent interface replaced by one of the 500 agents' in turn; the events before
 * {@code AgentConnect} are written first and the clock starts once the application has the agent ringing, as with a
 * real Asterisk where seconds pass between the two.
 *
 * <p>Baseline in the same run, same sockets: {@link PushHub#sendToUser} → frame received. Database
 * {@code hotline_bench} (profile {@code bench}). Writes {@code target/bench/screen-pop.json}.
 */
@SpringBootTest(classes = HotlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"mysql", "it", "bench"})
class ScreenPopBench {

    private static final int AGENTS = 500;
    private static final int WARM_UP = 200;
    private static final int CALLS = 2_000;
    private static final String PASSWORD = "quiet-harbor-passphrase-7";
    private static final String RECORDED_AGENT = "Local/1001@agents";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestAmiServer AMI = new TestAmiServer();
    private static final AmiFixture ANSWERED = AmiFixture.load("ami-call.txt.server.raw");

    private final PushHub hub;
    private final AgentStates agentStates;
    private final ApplicationContext context;

    @LocalServerPort
    private int port;

    ScreenPopBench(@Autowired PushHub hub, @Autowired AgentStates agentStates, @Autowired ApplicationContext context) {
        this.hub = hub;
        this.agentStates = agentStates;
        this.context = context;
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("hotline.ami.host", () -> "127.0.0.1");
        registry.add("hotline.ami.port", AMI::port);
        registry.add("hotline.ami.username", () -> TestAmiServer.USERNAME);
        registry.add("hotline.ami.secret", () -> TestAmiServer.SECRET);
        for (int i = 0; i < AGENTS; i++) {
            int agent = i;
            registry.add("hotline.telephony.agents." + username(agent), () -> phone(agent) + "/n");
        }
    }

    @AfterAll
    static void stopAmi() {
        AMI.close();
    }

    @Test
    void measuresAgentConnectToScreenPopAgainstHubPushWith500AgentsConnected() throws Exception {
        TestApi api = new TestApi(port);
        await().atMost(Duration.ofSeconds(30)).until(AMI::hasClient);
        long setupStart = System.nanoTime();
        List<AgentSocket> sockets = connectAgents(api);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("agentsConnected", sockets.size());
        results.put("calls", CALLS);
        results.put("warmUpCalls", WARM_UP);
        results.put("setupSeconds", Math.round((System.nanoTime() - setupStart) / 1e9));

        playCalls(sockets, WARM_UP, 0);
        double[] screenPop = playCalls(sockets, CALLS, WARM_UP);
        results.put("agentConnectToScreenPop", summary(screenPop));

        pushDirect(sockets, WARM_UP, 0);
        double[] direct = pushDirect(sockets, CALLS, WARM_UP);
        results.put("sendToUserToSocket", summary(direct));
        sockets.forEach(AgentSocket::close);

        double popP99 = p(results, "agentConnectToScreenPop", "p99Ms");
        results.put("screenPopP99OverSendToUserP99", round(popP99 / p(results, "sendToUserToSocket", "p99Ms")));
        results.put("targetP99Ms", 50);
        results.put("targetMet", popP99 <= 50);

        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results);
        System.out.println("ScreenPopBench " + json);
        Path out = Path.of("target", "bench", "screen-pop.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        assertThat(screenPop).hasSize(CALLS);
        assertThat(direct).hasSize(CALLS);
    }

    /**
     * Creates the agents' console accounts one after the other, as an administrator would (concurrent creations can
     * deadlock in the user table), then opens every agent's push socket in parallel.
     */
    private List<AgentSocket> connectAgents(TestApi api) throws Exception {
        for (int i = 0; i < AGENTS; i++) {
            String username = username(i);
            Response created = api.post("admin", "/api/admin/users", Map.of("username", username,
                "password", PASSWORD, "role", "AGENT", "displayName", "Bench " + username));
            if (created.status() != 201 && created.status() != 409) {
                throw new IllegalStateException("cannot create " + username + ": " + created);
            }
            if ((i + 1) % 100 == 0) {
                System.out.println("ScreenPopBench: " + (i + 1) + " agents created");
            }
        }
        ClientManager client = ClientManager.createClient();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AgentSocket>> opening = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                String username = username(i);
                opening.add(pool.submit(() -> {
                    // The agent desktop keeps its presence with heartbeats; a seat without one is offline.
                    agentStates.heartbeat(username);
                    CurrentUser agent = new CurrentUser(username, ConsoleRole.AGENT, null);
                    return AgentSocket.open(client, URI.create("ws://127.0.0.1:" + PushTestAccess.port(context)
                        + PushTestAccess.path(agent) + "?token="
                        + URLEncoder.encode(PushTestAccess.token(context, agent), StandardCharsets.UTF_8)));
                }));
            }
            List<AgentSocket> sockets = new ArrayList<>();
            for (Future<AgentSocket> socket : opening) {
                sockets.add(socket.get(2, TimeUnit.MINUTES));
            }
            System.out.println("ScreenPopBench: " + sockets.size() + " agents connected");
            return sockets;
        } finally {
            pool.shutdown();
        }
    }

    private double[] playCalls(List<AgentSocket> sockets, int count, int offset) throws Exception {
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            int agent = (offset + i) % AGENTS;
            AmiFixture call = ANSWERED.withFreshIds().replacing(RECORDED_AGENT, phone(agent));
            String callId = TestCalls.callIdOf(call);
            List<String> before = call.eventsThrough("Event: AgentConnect");
            String agentConnect = before.get(before.size() - 1);
            CompletableFuture<Long> popped = sockets.get(agent).expect(callId);

            AMI.play(before.subList(0, before.size() - 1));
            await("call " + callId + " ringing " + username(agent)).atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                .until(() -> agentStates.state(username(agent)) == AgentState.RINGING);
            long start = System.nanoTime();
            AMI.send(agentConnect);
            millis[i] = (popped.get(10, TimeUnit.SECONDS) - start) / 1_000_000.0;

            AMI.play(call.eventsAfter("Event: AgentConnect"));
            if ((i + 1) % 500 == 0) {
                System.out.println("ScreenPopBench: " + (i + 1) + " calls played");
            }
        }
        return millis;
    }

    private double[] pushDirect(List<AgentSocket> sockets, int count, int offset) throws Exception {
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            int agent = (offset + i) % AGENTS;
            String marker = "direct-" + (offset + i);
            CompletableFuture<Long> pushed = sockets.get(agent).expect(marker);
            long start = System.nanoTime();
            hub.sendToUser(username(agent), new PushMessage("screen-pop", Map.of("callId", marker,
                "callerNumber", "13800138000", "queue", "hotline", "ivrChoice", "consultation")));
            millis[i] = (pushed.get(10, TimeUnit.SECONDS) - start) / 1_000_000.0;
        }
        return millis;
    }

    private static String username(int agent) {
        return String.format("bench-agent-%03d", agent);
    }

    private static String phone(int agent) {
        return "Local/" + (5000 + agent) + "@agents";
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

    /** One agent's socket: completes the expectation of a screen-pop by its {@code callId}, stamped on arrival. */
    static final class AgentSocket extends Endpoint {

        private final Map<String, CompletableFuture<Long>> expected = new ConcurrentHashMap<>();
        private volatile Session session;

        static AgentSocket open(ClientManager client, URI uri) throws Exception {
            AgentSocket socket = new AgentSocket();
            client.connectToServer(socket, ClientEndpointConfig.Builder.create().build(), uri);
            return socket;
        }

        CompletableFuture<Long> expect(String callId) {
            CompletableFuture<Long> arrival = new CompletableFuture<>();
            expected.put(callId, arrival);
            return arrival;
        }

        @Override
        public void onOpen(Session opened, EndpointConfig config) {
            session = opened;
            opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
                long arrived = System.nanoTime();
                try {
                    JsonNode frame = JSON.readTree(text);
                    if (!"screen-pop".equals(frame.path("type").asText())) {
                        return;
                    }
                    JsonNode payload = frame.has("payload") ? frame.get("payload") : frame;
                    CompletableFuture<Long> arrival = expected.remove(payload.path("callId").asText());
                    if (arrival != null) {
                        arrival.complete(arrived);
                    }
                } catch (Exception e) {
                    expected.values().forEach(f -> f.completeExceptionally(e));
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
