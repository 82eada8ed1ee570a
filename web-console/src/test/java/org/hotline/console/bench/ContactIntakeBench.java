package org.hotline.console.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hotline.console.HotlineApplication;
import org.hotline.console.TestApi;
import org.hotline.console.api.channel.SignedClient;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InboundMessage;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Web-form intake on MariaDB with 4 client threads: contacts per second and latency of (a) the whole HTTP intake
 * ({@code POST /api/channel/web}: signature, JSON, validation, citizen profile, insert, push) and (b) the same intake
 * below HTTP ({@code Contacts.receive}), each against (c) a bare MyBatis insert of the same contact row (the
 * module's own insert statement, no citizen look-up, no event), all in the same run, in alternating rounds after a
 * warm-up of each. The time of (a) and (b) includes waiting, after each round, until every contact of the round is
 * linked to its citizen profile (intake links after answering). Every contact is from a new phone number (a new citizen profile each: the costly case). Target:
 * (b)/(c) ≥ 0.8 and p99 ≤ 50 ms. Removes its contacts before and after (so that their response clocks do not run out
 * during a later measurement). Reports, per path, the CPU milliseconds per contact of the application (this JVM, with
 * the bench's clients) and of MariaDB, which show where the time goes on a machine of few cores. Database {@code hotline_bench} (profile {@code bench}). Writes {@code target/bench/contact-intake.json}.
 */
@SpringBootTest(classes = HotlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"hotline.ami.host=", "hotline.channel.web.clients.demo.secret=demo-secret-change-me"})
@ActiveProfiles({"mysql", "it", "bench"})
class ContactIntakeBench {

    private static final int THREADS = 4;
    private static final int WARM_UP = 500;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 6);
    private static final int PER_ROUND = Integer.getInteger("bench.perRound", 1000);
    private static final String CONTENT = "井盖缺失 bench ";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TICKS_PER_SECOND = 100;

    @Autowired
    Contacts contacts;
    @Autowired
    SqlSessionFactory sessions;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void measuresWebFormIntakeAgainstABareInsert() throws Exception {
        SqlSessionTemplate bare = new SqlSessionTemplate(sessions);
        SignedClient client = new SignedClient(port);
        AtomicLong phones = new AtomicLong(13_900_000_000L + (System.nanoTime() % 1_000_000) * 10);
        String run = UUID.randomUUID().toString().substring(0, 8);

        LongConsumer http = n -> {
            TestApi.Response r = client.post("/api/channel/web", "{\"phone\":\"" + phones.incrementAndGet()
                + "\",\"content\":\"" + CONTENT + run + "\",\"externalId\":\"" + run + "-h" + n + "\"}").send();
            if (r.status() != 202) {
                throw new IllegalStateException(r.toString());
            }
        };
        LongConsumer service = n -> contacts.receive(new InboundMessage(ContactChannel.WEB, "demo:" + run + "-s" + n,
            List.of(CitizenIdentity.of(IdentityKind.PHONE, Long.toString(phones.incrementAndGet()), "phone")), null,
            CONTENT + run, List.of(), null, null, null, null, Instant.now()));
        LongConsumer insert = n -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("channel", "WEB");
            row.put("externalId", "demo:" + run + "-b" + n);
            row.put("citizenId", 1L);
            row.put("identityKind", "PHONE");
            row.put("identityValue", Long.toString(phones.incrementAndGet()));
            row.put("contentText", CONTENT + run);
            row.put("receivedAt", Instant.now());
            row.put("status", "QUEUED");
            row.put("urgent", false);
            row.put("responseDueAt", Instant.now().plusSeconds(180));
            for (String absent : List.of("citizenName", "attachmentsJson", "latitude", "longitude", "locationLabel",
                    "categoryHint", "districtHint", "address")) {
                row.put(absent, null);
            }
            bare.insert("org.hotline.telephony.channel.ContactMapper.insert", row);
        };

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("threads", THREADS);
        results.put("rounds", ROUNDS);
        results.put("contactsPerRoundAndPath", THREADS * PER_ROUND);
        // Contacts of earlier runs would run out their response clock while this one measures: the sweep that
        // notifies supervisors of them is not intake.
        removeBenchContacts();
        run(insert, WARM_UP, 1_000_000, new ArrayList<>(), new double[1]);
        run(service, WARM_UP, 1_000_000, new ArrayList<>(), new double[1]);
        awaitLinked(new double[1]);
        run(http, WARM_UP, 1_000_000, new ArrayList<>(), new double[1]);
        awaitLinked(new double[1]);
        // Alternating rounds, so that a disturbance of the machine falls on every path alike.
        List<Double> bareLatencies = new ArrayList<>();
        List<Double> serviceLatencies = new ArrayList<>();
        List<Double> httpLatencies = new ArrayList<>();
        double[] bareSeconds = new double[1];
        double[] serviceSeconds = new double[1];
        double[] httpSeconds = new double[1];
        double[] bareCpu = new double[2];
        double[] serviceCpu = new double[2];
        double[] httpCpu = new double[2];
        List<Double> roundRatios = new ArrayList<>();
        List<Double> linkLags = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long offset = 2_000_000L + round * 10_000L;
            double bareBefore = bareSeconds[0];
            double serviceBefore = serviceSeconds[0];
            CpuMeter cpu = new CpuMeter();
            run(insert, PER_ROUND, offset, bareLatencies, bareSeconds);
            cpu.addTo(bareCpu);
            run(service, PER_ROUND, offset, serviceLatencies, serviceSeconds);
            linkLags.add(awaitLinked(serviceSeconds));
            cpu.addTo(serviceCpu);
            run(http, PER_ROUND, offset, httpLatencies, httpSeconds);
            linkLags.add(awaitLinked(httpSeconds));
            cpu.addTo(httpCpu);
            roundRatios.add(round((bareSeconds[0] - bareBefore) / (serviceSeconds[0] - serviceBefore)));
        }
        removeBenchContacts();
        Map<String, Object> bareFigures = BenchTimer.figures(bareLatencies, bareSeconds[0]);
        Map<String, Object> serviceFigures = BenchTimer.figures(serviceLatencies, serviceSeconds[0]);
        Map<String, Object> httpFigures = BenchTimer.figures(httpLatencies, httpSeconds[0]);
        int contacts = ROUNDS * THREADS * PER_ROUND;
        for (Object[] path : new Object[][] {{bareFigures, bareCpu}, {serviceFigures, serviceCpu},
                {httpFigures, httpCpu}}) {
            double[] cpu = (double[]) path[1];
            @SuppressWarnings("unchecked")
            Map<String, Object> figures = (Map<String, Object>) path[0];
            figures.put("appCpuMsPerContact", round(cpu[0] / contacts));
            figures.put("databaseCpuMsPerContact", round(cpu[1] / contacts));
        }
        results.put("bareMyBatisInsert", bareFigures);
        results.put("contactsReceive", serviceFigures);
        results.put("httpWebForm", httpFigures);
        results.put("receiveOverBareRateByRound", roundRatios);
        results.put("linkLagAfterRoundMs", linkLags);
        double bareRate = (double) bareFigures.get("perSecond");
        results.put("receiveOverBareRate", round((double) serviceFigures.get("perSecond") / bareRate));
        results.put("httpOverBareRate", round((double) httpFigures.get("perSecond") / bareRate));
        results.put("targetRatio", 0.8);
        results.put("targetP99Ms", 50);
        results.put("receiveTargetMet", (double) results.get("receiveOverBareRate") >= 0.8
            && (double) serviceFigures.get("p99Ms") <= 50);
        results.put("httpTargetMet", (double) results.get("httpOverBareRate") >= 0.8
            && (double) httpFigures.get("p99Ms") <= 50);

        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results);
        System.out.println("ContactIntakeBench " + json);
        Path out = Path.of("target", "bench", "contact-intake.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        assertThat((double) httpFigures.get("perSecond")).isPositive();
    }

    private static void run(LongConsumer task, int perThread, long offset, List<Double> latencies,
                            double[] seconds) throws Exception {
        long[] bases = new long[THREADS];
        for (int t = 0; t < THREADS; t++) {
            bases[t] = offset + (long) t * perThread + System.nanoTime() % 100_000 * 10_000;
        }
        BenchTimer.run(THREADS, perThread, (thread, i) -> task.accept(bases[thread] + i), latencies, seconds);
    }

    /**
     * CPU time spent since the last reading, by this JVM (the application and the bench's clients) and by MariaDB's
     * server process on this machine: where a path's time goes, and what its background work (linking) costs.
     */
    private static final class CpuMeter {
        private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
            ManagementFactory.getOperatingSystemMXBean();
        private long app = os.getProcessCpuTime();
        private long database = databaseTicks();

        /** Adds the application's and the database's milliseconds since the last reading to {@code sums}. */
        void addTo(double[] sums) {
            long appNow = os.getProcessCpuTime();
            long databaseNow = databaseTicks();
            sums[0] += (appNow - app) / 1e6;
            sums[1] += (databaseNow - database) * 1000.0 / TICKS_PER_SECOND;
            app = appNow;
            database = databaseNow;
        }

        // utime + stime of every mariadbd process, from /proc (Linux): 0 elsewhere.
        private static long databaseTicks() {
            long total = 0;
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    try {
                        if (Files.readString(process.resolve("comm")).strip().equals("mariadbd")) {
                            String stat = Files.readString(process.resolve("stat"));
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        }
                    } catch (IOException | RuntimeException e) {
                        // the process ended meanwhile
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return total;
        }
    }

    /**
     * Waits until the contacts just received are linked to their citizens and announced, and counts that time into
     * the path's: intake is done only when the linker has caught up. Returns the wait in milliseconds.
     */
    private double awaitLinked(double[] seconds) {
        long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2))
            .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM telephony_contact WHERE citizen_id IS NULL",
                Long.class) == 0);
        double waited = (System.nanoTime() - start) / 1e9;
        seconds[0] += waited;
        return round(waited * 1000);
    }

    private void removeBenchContacts() {
        jdbc.update("DELETE FROM telephony_contact WHERE content_text LIKE ?", CONTENT + "%");
    }

    private static double round(double value) {
        return BenchTimer.round(value);
    }
}
