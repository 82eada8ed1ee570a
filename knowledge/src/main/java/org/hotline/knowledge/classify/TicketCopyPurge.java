package org.hotline.knowledge.classify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.hotline.knowledge.KnowledgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Deletes the module's copies of ticket text once they are older than {@code hotline.knowledge.ticket-copy-retention}:
 * similar-ticket snapshots by the ticket's registration, learned classifier examples by the time they were learned.
 * Runs a minute after start and then every {@code ticket-copy-purge-interval} (a day) on its own daemon thread; every
 * node may run it, the deletes are idempotent. The trained classifier keeps word counts, not text.
 */
@Component
class TicketCopyPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TicketCopyPurge.class);
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final SimilarTicketIndex snapshots;
    private final LearnedExampleMapper examples;
    private final KnowledgeProperties properties;
    private final Clock clock = Clock.systemUTC();
    private ScheduledExecutorService executor;

    TicketCopyPurge(SimilarTicketIndex snapshots, LearnedExampleMapper examples, KnowledgeProperties properties) {
        this.snapshots = snapshots;
        this.examples = examples;
        this.properties = properties;
    }

    /** @return the copies deleted: snapshots and examples older than the retention at {@code now} */
    int purge(Instant now) {
        Instant cutoff = now.minus(properties.getTicketCopyRetention());
        int deletedSnapshots = snapshots.purgeRegisteredBefore(cutoff);
        int deletedExamples = examples.deleteLearnedBefore(cutoff);
        log.info("ticket text copies older than {} purged: snapshots={} learnedExamples={}", cutoff, deletedSnapshots,
            deletedExamples);
        return deletedSnapshots + deletedExamples;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kb-ticket-copy-purge");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                purge(clock.instant());
            } catch (RuntimeException e) {
                log.warn("ticket text copies not purged: {}", e.toString());
            }
        }, FIRST_RUN.toMillis(), properties.getTicketCopyPurgeInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
