package org.hotline.telephony.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.event.FullyBootedEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.TestAmiServer;
import org.hotline.telephony.agent.InProcessAgentStatesFactory;
import org.hotline.telephony.ami.AmiTranslatorFactory;
import org.hotline.telephony.config.TelephonyProperties;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * Replays the recorded answered call ({@code ami-call.txt}) 600 times with distinct call ids — 105,600 AMI events —
 * over a loopback socket into Asterisk-Java, once with a no-op listener (baseline: parsing alone) and once feeding
 * the production translator with in-process agent states, alternating, best of three each. Target: ≥ 20,000
 * events/s through the translator; the ratio to the baseline shows what translation costs on top of parsing.
 */
class AmiReplayBench {

    private static final int CALLS = 600;
    private static final int ROUNDS = 3;
    private static final String DONE = "Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 1\r\nLastReload: 1\r\n"
            + "Status: BenchDone\r\n\r\n";

    @Test
    void replaysAtLeastOneHundredThousandEvents() throws Exception {
        ((Logger) LoggerFactory.getLogger("org.asteriskjava")).setLevel(Level.ERROR);
        ((Logger) LoggerFactory.getLogger("org.hotline")).setLevel(Level.WARN);
        List<String> call = AmiFixture.load("ami-call.txt.server.raw").unsolicitedEvents();
        String measured = stream(call, CALLS, 1000);
        long events = (long) call.size() * CALLS;
        assertThat(events).isGreaterThanOrEqualTo(100_000);

        AtomicLong published = new AtomicLong();
        TelephonyProperties properties = new TelephonyProperties();
        properties.getAgents().put("agent1", "Local/1001@agents/n");
        AgentStates states = InProcessAgentStatesFactory.create(e -> published.incrementAndGet(), properties);
        states.heartbeat("agent1");
        BiConsumer<String, ManagerEvent> translator = AmiTranslatorFactory.create(e -> published.incrementAndGet(),
                states, properties);

        double baseline = 0;
        double translated = 0;
        try (TestAmiServer server = new TestAmiServer()) {
            replay(server, measured, (name, e) -> { });
            replay(server, measured, translator);
            // Alternating rounds, best of each: both paths run equally warm, neither profits from going second.
            for (int round = 0; round < ROUNDS; round++) {
                baseline = Math.max(baseline, events / replay(server, measured, (name, e) -> { }));
                published.set(0);
                translated = Math.max(translated, events / replay(server, measured, translator));
            }
        }
        assertThat(published.get()).as("domain events from the translator").isGreaterThanOrEqualTo(CALLS * 5L);

        double ratio = translated / baseline;
        String json = String.format(Locale.ROOT, "{\"events\":%d,\"baselineEventsPerSecond\":%.0f,"
                + "\"translatorEventsPerSecond\":%.0f,\"ratioToBaseline\":%.3f,\"targetEventsPerSecond\":20000,"
                + "\"targetMet\":%s,\"domainEventsPublished\":%d,\"rounds\":%d}", events, baseline, translated, ratio,
                translated >= 20_000, published.get(), ROUNDS);
        System.out.println("AMI replay: " + json);
        Path out = Path.of("target", "bench", "ami-replay.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json + "\n");
    }

    /** @return seconds from the first byte sent to the listener seeing the end marker */
    private static double replay(TestAmiServer server, String stream, BiConsumer<String, ManagerEvent> sink)
            throws Exception {
        ManagerConnection connection = new ManagerConnectionFactory("127.0.0.1", server.port(),
                TestAmiServer.USERNAME, TestAmiServer.SECRET).createManagerConnection();
        CountDownLatch done = new CountDownLatch(1);
        connection.addEventListener(event -> {
            if (event instanceof FullyBootedEvent booted && "BenchDone".equals(booted.getStatus())) {
                done.countDown();
            } else {
                sink.accept("bench", event);
            }
        });
        connection.login();
        try {
            long start = System.nanoTime();
            server.send(stream);
            assertThat(done.await(120, TimeUnit.SECONDS)).as("replay finished").isTrue();
            return (System.nanoTime() - start) / 1e9;
        } finally {
            connection.logoff();
        }
    }

    private static String stream(List<String> call, int copies, int firstId) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < copies; i++) {
            String prefix = String.format(Locale.ROOT, "%08d", 20_000_000 + firstId + i);
            for (String event : call) {
                all.append(event.replaceAll("17953902(?=[0-9]{2}\\.)", prefix));
            }
        }
        return all.append(DONE).toString();
    }
}
