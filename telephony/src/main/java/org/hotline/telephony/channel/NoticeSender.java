package org.hotline.telephony.channel;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.hotline.telephony.CitizenNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Sends the outbox's due notices every {@code hotline.channel.notices.poll-interval}, while SMS is configured. */
@Component
@ConditionalOnExpression("'${hotline.channel.sms.gateway-url:}' != '' and '${hotline.channel.sms.secret:}' != ''")
class NoticeSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);

    private final CitizenNotices notices;
    private final ChannelProperties properties;
    private ScheduledExecutorService executor;

    NoticeSender(CitizenNotices notices, ChannelProperties properties) {
        this.notices = notices;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "notice-sender");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.getNotices().getPollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sendDue, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void sendDue() {
        try {
            notices.sendDue();
        } catch (RuntimeException e) {
            log.warn("sending due notices failed: {}", e.toString());
        }
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
