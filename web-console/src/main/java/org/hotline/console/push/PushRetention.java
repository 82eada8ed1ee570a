package org.hotline.console.push;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Purges stored push messages older than {@code hotline.push.retention}, every {@code purge-interval}. */
final class PushRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PushRetention.class);

    private final PushMessageStore store;
    private final Duration retention;
    private final Duration interval;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    PushRetention(PushMessageStore store, PushProperties properties, Clock clock) {
        this.store = store;
        this.retention = properties.getRetention();
        this.interval = properties.getPurgeInterval();
        this.clock = clock;
    }

    /** @return how many messages were deleted */
    int purgeExpired() {
        int deleted = store.purgeCreatedBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("purged {} push messages older than {}", deleted, retention);
        }
        return deleted;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(SuggestionDispatcher.namedThreads("push-retention-"));
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private void purgeQuietly() {
        try {
            purgeExpired();
        } catch (RuntimeException e) {
            log.warn("purging push messages failed: {}", e.toString());
        }
    }
}
