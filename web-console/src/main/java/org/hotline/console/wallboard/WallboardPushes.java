package org.hotline.console.wallboard;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.security.ConsoleRole;
import org.hotline.telephony.AgentStateChanged;
import org.hotline.telephony.CallAbandoned;
import org.hotline.telephony.CallAnswered;
import org.hotline.telephony.CallDequeued;
import org.hotline.telephony.CallEnded;
import org.hotline.telephony.CallLeftQueue;
import org.hotline.telephony.CallQueued;
import org.hotline.workflow.EscalationAnswered;
import org.hotline.workflow.EscalationLevelRaised;
import org.hotline.workflow.TicketClosed;
import org.hotline.workflow.TicketEscalated;
import org.hotline.workflow.TicketExtended;
import org.hotline.workflow.TicketMerged;
import org.hotline.workflow.TicketRegistered;
import org.hotline.workflow.TicketReplied;
import org.hotline.workflow.TicketReturned;
import org.hotline.workflow.TicketSigned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes the wallboard ({@code wallboard} on the supervisor socket, to SUPERVISOR and ADMIN sessions of every node)
 * when something on it changed: a call event, an agent's state, a ticket event of this node (after its commit).
 * Coalesced: the first change after a quiet interval goes out at once, later ones at most once per
 * {@code hotline.wallboard.min-interval} (400 ms: a change reaches the wall within half a second even while calls
 * arrive every moment), across nodes too ({@link WallboardGate}); while callers wait the
 * longest wait grows, so a snapshot follows every interval. A refresh every {@code hotline.wallboard.refresh}
 * (5 s) catches what changes with time alone (a deadline passing); a snapshot equal to the last one sent is not
 * sent. Never polled by clients.
 */
@Component
class WallboardPushes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WallboardPushes.class);

    private final Wallboard wallboard;
    private final PushHub hub;
    private final WallboardGate gate;
    private final Duration minInterval;
    private final Duration refresh;

    private final Object lock = new Object();
    private ScheduledExecutorService executor;
    private ScheduledFuture<?> pending;
    private boolean dirty;
    private long lastSentNanos;
    private WallboardSnapshot lastSent;

    WallboardPushes(Wallboard wallboard, PushHub hub, WallboardGate gate,
                    @Value("${hotline.wallboard.min-interval:400ms}") Duration minInterval,
                    @Value("${hotline.wallboard.refresh:5s}") Duration refresh) {
        this.wallboard = wallboard;
        this.hub = hub;
        this.gate = gate;
        this.minInterval = minInterval;
        this.refresh = refresh;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(CallQueued event) {
        callChanged();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(CallDequeued event) {
        callChanged();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(CallAnswered event) {
        callChanged();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(CallAbandoned event) {
        callChanged();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(CallLeftQueue event) {
        callChanged();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(CallEnded event) {
        callChanged();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(AgentStateChanged event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TicketRegistered event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TicketSigned event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TicketReturned event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TicketExtended event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TicketReplied event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TicketClosed event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TicketMerged event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TicketEscalated event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EscalationLevelRaised event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EscalationAnswered event) {
        changed();
    }

    private void callChanged() {
        wallboard.callsChanged();
        changed();
    }

    /** Something on the wallboard changed: push it now, or as soon as the interval allows. */
    void changed() {
        synchronized (lock) {
            dirty = true;
            scheduleWithin(0);
        }
    }

    /** Runs {@link #push} after {@code delayNanos}, or at the end of the interval since the last push if later. */
    private void scheduleWithin(long delayNanos) {
        if (executor == null || (pending != null && !pending.isDone())) {
            return;
        }
        long sinceLast = System.nanoTime() - lastSentNanos;
        long wait = Math.max(delayNanos, lastSent == null ? 0 : minInterval.toNanos() - sinceLast);
        pending = executor.schedule(this::pushSafely, Math.max(0, wait), TimeUnit.NANOSECONDS);
    }

    private void pushSafely() {
        try {
            push(false);
        } catch (RuntimeException e) {
            log.warn("wallboard push failed: {}", e.toString());
            synchronized (lock) {
                pending = null;
                scheduleWithin(minInterval.toNanos());
            }
        }
    }

    /** Takes a snapshot and sends it unless nothing changed; @param refreshing a periodic look, not a change */
    void push(boolean refreshing) {
        synchronized (lock) {
            if (!refreshing) {
                pending = null;
            }
            if (!refreshing && !dirty && (lastSent == null || lastSent.calls().waiting() == 0)) {
                return;
            }
            dirty = false;
        }
        WallboardSnapshot snapshot = wallboard.snapshot();
        boolean send;
        synchronized (lock) {
            send = lastSent == null || !lastSent.equals(snapshot.at(lastSent.at()));
            boolean tooSoon = lastSent != null && System.nanoTime() - lastSentNanos < minInterval.toNanos();
            if (send && (tooSoon || !gate.tryPass(minInterval))) {
                // This node or another one pushed within the interval: try again once it has passed.
                dirty = true;
                scheduleWithin(minInterval.toNanos());
                return;
            }
            if (send) {
                lastSent = snapshot;
                lastSentNanos = System.nanoTime();
            }
        }
        if (send) {
            PushMessage message = PushMessage.of(snapshot);
            hub.sendLiveToRole(ConsoleRole.SUPERVISOR, message);
            hub.sendLiveToRole(ConsoleRole.ADMIN, message);
        }
        synchronized (lock) {
            if (snapshot.calls().waiting() > 0) {
                // The longest wait grows while callers wait.
                scheduleWithin(minInterval.toNanos());
            }
        }
    }

    @Override
    public void start() {
        synchronized (lock) {
            if (executor != null) {
                return;
            }
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "wallboard-push");
                thread.setDaemon(true);
                return thread;
            });
            long period = Math.max(100, refresh.toMillis());
            executor.scheduleWithFixedDelay(() -> {
                try {
                    push(true);
                } catch (RuntimeException e) {
                    log.warn("wallboard refresh failed: {}", e.toString());
                }
            }, period, period, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        synchronized (lock) {
            if (executor != null) {
                executor.shutdownNow();
                executor = null;
                pending = null;
            }
        }
    }

    @Override
    public boolean isRunning() {
        synchronized (lock) {
            return executor != null;
        }
    }

}
