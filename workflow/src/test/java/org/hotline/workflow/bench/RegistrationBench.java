package org.hotline.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.hotline.workflow.TestTickets;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.WorkflowTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Registration throughput against the baseline of a bare Camunda start of a one-user-task process, both measured
 * in the same run on MariaDB {@code hotline_bench} with 4 client threads, in alternating rounds of equal length
 * ({@code bench.roundSeconds}, 2 s). In a round every thread starts operations until the round's time is up, so no
 * thread idles while the slowest finishes a fixed share: that idling cost the side with the wider latency spread up
 * to a tenth of its rate.
 * Target: registration ≥ 70 % of the bare rate, registration p99 ≤ 100 ms. Writes
 * {@code target/bench/registration.json}.
 *
 * <p>Both sides are measured warm, as a server runs: alternating warm-up rounds go on until the JIT compilers have
 * been idle for two rounds in a row (at least {@code bench.warmupRounds} rounds, at most three times as many). A
 * cold JVM spends most of its CPU compiling, and registration runs far more code than a bare start, so a short
 * warm-up measures the compiler more than the application. The JIT time spent during the measured rounds is
 * reported next to the rates.
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
    "spring.datasource.url=jdbc:mysql://${hotline.test.db.host}:${hotline.test.db.port}/${bench.db:hotline_bench}"
            + "?sendFractionalSeconds=false&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
            + "&useSSL=false&allowPublicKeyRetrieval=true&nullDatabaseMeansCurrent=true",
    "spring.flyway.baseline-on-migrate=true", "spring.flyway.baseline-version=0",
    "logging.level.org.hotline.workflow.ticket=WARN"})
class RegistrationBench {
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmupRounds", 8);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 10);
    private static final long ROUND_NANOS = (long) (Double.parseDouble(System.getProperty("bench.roundSeconds",
            "2")) * 1e9);
    /** JIT time per warm-up round (both sides) below which the JVM counts as warm. */
    private static final long QUIET_JIT_MILLIS = 50;
    /** Consecutive quiet warm-up rounds that end the warm-up: after a single one, compiling often resumed. */
    private static final int QUIET_ROUNDS = 2;

    @Autowired
    TicketService tickets;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;

    private record Result(double opsPerSecond, long p50Micros, long p99Micros) {
    }

    /** Latencies and busy time of one kind of operation, summed over the alternating rounds. */
    private static final class Measured {
        private final List<Long> latencies = new ArrayList<>();
        private double seconds;

        Result result() {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(sorted.size() / seconds, sorted.get(sorted.size() / 2),
                    sorted.get((int) (sorted.size() * 0.99) - 1));
        }
    }

    @Test
    void registrationKeepsUpWithABareProcessStart() throws Exception {
        BpmnModelInstance bare = Bpmn.createExecutableProcess("benchBareProcess").camundaHistoryTimeToLive(1)
                .startEvent("Start_Bare").userTask("Task_Bare").endEvent("End_Bare").done();
        repository.createDeployment().name("bench-bare").enableDuplicateFiltering(true)
                .addModelInstance("bench-bare.bpmn", bare).deploy();
        Runnable bareStart = () -> startRetryingDeadlocks();
        Runnable registration = () -> tickets.register(TestTickets.socialInsuranceComplaint(), TestTickets.agent());

        // A few single-threaded starts first: concurrent inserts into still-empty engine tables deadlock on MariaDB.
        runSingle(bareStart, 20);
        runSingle(registration, 20);
        int warmupRounds = warmUp(bareStart, registration);
        // Alternating rounds: the machine is shared, so both sides see the same background load.
        Measured bareMeasured = new Measured();
        Measured registrationMeasured = new Measured();
        long jitBefore = jitMillis();
        for (int round = 0; round < ROUNDS; round++) {
            run(bareStart, bareMeasured);
            run(registration, registrationMeasured);
        }
        long jitDuringMeasurement = jitMillis() - jitBefore;
        Result bareResult = bareMeasured.result();
        Result registrationResult = registrationMeasured.result();
        double ratio = registrationResult.opsPerSecond() / bareResult.opsPerSecond();

        String json = String.format(Locale.ROOT, "{\"threads\":%d,\"bareStartOperations\":%d,"
                + "\"registrationOperations\":%d,"
                + "\"bareStartOpsPerSecond\":%.1f,\"registrationOpsPerSecond\":%.1f,\"ratio\":%.3f,"
                + "\"registrationP50Ms\":%.2f,\"registrationP99Ms\":%.2f,\"bareStartP50Ms\":%.2f,"
                + "\"bareStartP99Ms\":%.2f,\"rounds\":%d,\"roundSeconds\":%.1f,\"warmupRounds\":%d,"
                + "\"jitMillisDuringMeasurement\":%d,\"targetRatio\":0.70,\"targetP99Ms\":100}%n",
                THREADS, bareMeasured.latencies.size(), registrationMeasured.latencies.size(),
                bareResult.opsPerSecond(), registrationResult.opsPerSecond(), ratio,
                registrationResult.p50Micros() / 1000.0, registrationResult.p99Micros() / 1000.0,
                bareResult.p50Micros() / 1000.0, bareResult.p99Micros() / 1000.0, ROUNDS, ROUND_NANOS / 1e9, warmupRounds,
                jitDuringMeasurement);
        System.out.print("RegistrationBench " + json);
        write(json);
        assertThat(registrationResult.opsPerSecond()).isPositive();
    }

    /** @return the warm-up rounds run until two rounds of both sides in a row left the JIT compilers (nearly) idle */
    private static int warmUp(Runnable bareStart, Runnable registration) throws Exception {
        int rounds = 0;
        int quiet = 0;
        while (rounds < 3 * WARMUP_ROUNDS) {
            long jitBefore = jitMillis();
            Measured bare = new Measured();
            Measured registered = new Measured();
            run(bareStart, bare);
            run(registration, registered);
            rounds++;
            long jit = jitMillis() - jitBefore;
            System.out.printf(Locale.ROOT, "RegistrationBench warm-up round %d: bare %.0f/s, registration %.0f/s,"
                    + " JIT %d ms%n", rounds, bare.result().opsPerSecond(), registered.result().opsPerSecond(), jit);
            quiet = jit < QUIET_JIT_MILLIS ? quiet + 1 : 0;
            if (rounds >= WARMUP_ROUNDS && quiet >= QUIET_ROUNDS) {
                break;
            }
        }
        return rounds;
    }

    private static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** Retries a lost deadlock like {@link TicketService#register} does, so both sides are measured alike. */
    private void startRetryingDeadlocks() {
        for (int attempt = 1;; attempt++) {
            try {
                runtime.startProcessInstanceByKey("benchBareProcess");
                return;
            } catch (RuntimeException e) {
                if (attempt >= 3 || !(rootCause(e) instanceof java.sql.SQLTransactionRollbackException)) {
                    throw e;
                }
            }
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void runSingle(Runnable operation, int count) {
        for (int i = 0; i < count; i++) {
            operation.run();
        }
    }

    /** Runs {@code operation} on every thread until the round's time is up, then waits for the last to finish. */
    private static void run(Runnable operation, Measured into) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Long>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + ROUND_NANOS;
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                long begin;
                while ((begin = System.nanoTime()) < deadline) {
                    operation.run();
                    latencies.add((System.nanoTime() - begin) / 1000);
                }
                return latencies;
            }));
        }
        for (Future<List<Long>> future : futures) {
            into.latencies.addAll(future.get(30, TimeUnit.MINUTES));
        }
        into.seconds += (System.nanoTime() - start) / 1e9;
        pool.shutdown();
    }

    private static void write(String json) throws IOException {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("registration.json"), json, StandardCharsets.UTF_8);
    }
}
