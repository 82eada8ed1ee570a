package org.hotline.telephony.channel;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks every {@code hotline.channel.response-clock.sweep-interval} for open contacts whose first-response clock ran
 * out and publishes each once (the row's flag makes it once across nodes).
 */
@Component
class ResponseClockSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ResponseClockSweeper.class);

    private final DbContacts contacts;
    private final ChannelProperties properties;
    private final TransactionTemplate transactions;
    private ScheduledExecutorService executor;

    ResponseClockSweeper(DbContacts contacts, ChannelProperties properties, PlatformTransactionManager transactions) {
        this.contacts = contacts;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "response-clock-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.getResponseClock().getSweepInterval().toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                contacts.publishBreaches(transactions);
            } catch (RuntimeException e) {
                log.warn("response clock sweep failed: {}", e.toString());
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
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
