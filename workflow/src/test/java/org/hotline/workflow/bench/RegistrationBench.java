package org.hotline.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * in the same run on MariaDB {@code hotline_bench} with 4 client threads, in alternating rounds of equal size.
 * Target: registration ≥ 70 % of the bare rate, registration p99 ≤ 100 ms. Writes
 * {@code target/bench/registration.json}.
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
    "spring.datasource.url=jdbc:mysql://${hotline.test.db.host}:${hotline.test.db.port}/${bench.db:hotline_bench}"
            + "?sendFractionalSeconds=false&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
            + "&useSSL=false&allowPublicKeyRetrieval=true&nullDatabaseMeansCurrent=true",
    "spring.flyway.baseline-on-migrate=true", "spring.flyway.baseline-version=0",
    "logging.level.org.hotline.workflow.ticket=WARN"})
class RegistrationBench {
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 300);
    private static final int OPERATIONS = Integer.getInteger("bench.operations", 2000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

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
        run(bareStart, WARMUP, new Measured());
        run(registration, WARMUP, new Measured());
        // Alternating rounds: the machine is shared, so both sides see the same background load.
        Measured bareMeasured = new Measured();
        Measured registrationMeasured = new Measured();
        for (int round = 0; round < ROUNDS; round++) {
            run(bareStart, OPERATIONS / ROUNDS, bareMeasured);
            run(registration, OPERATIONS / ROUNDS, registrationMeasured);
        }
        Result bareResult = bareMeasured.result();
        Result registrationResult = registrationMeasured.result();
        double ratio = registrationResult.opsPerSecond() / bareResult.opsPerSecond();

        String json = String.format(Locale.ROOT, "{\"threads\":%d,\"operations\":%d,"
                + "\"bareStartOpsPerSecond\":%.1f,\"registrationOpsPerSecond\":%.1f,\"ratio\":%.3f,"
                + "\"registrationP50Ms\":%.2f,\"registrationP99Ms\":%.2f,\"bareStartP50Ms\":%.2f,"
                + "\"bareStartP99Ms\":%.2f,\"rounds\":%d,\"targetRatio\":0.70,\"targetP99Ms\":100}%n",
                THREADS, OPERATIONS,
                bareResult.opsPerSecond(), registrationResult.opsPerSecond(), ratio,
                registrationResult.p50Micros() / 1000.0, registrationResult.p99Micros() / 1000.0,
                bareResult.p50Micros() / 1000.0, bareResult.p99Micros() / 1000.0, ROUNDS);
        System.out.print("RegistrationBench " + json);
        write(json);
        assertThat(registrationResult.opsPerSecond()).isPositive();
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

    private static void run(Runnable operation, int count, Measured into) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Long>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            int share = count / THREADS;
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>(share);
                for (int i = 0; i < share; i++) {
                    long begin = System.nanoTime();
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
