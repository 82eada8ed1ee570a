package org.hotline.telephony.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStateChanged;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.AgentStatus;
import org.hotline.telephony.config.TelephonyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * {@link AgentStates} over a store; a sweep ends expired wrap-ups and expired presence. Each node runs the sweep; the
 * store's compare-and-set makes sure only one node publishes a given change.
 */
class DefaultAgentStates implements AgentStates, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DefaultAgentStates.class);

    private final AgentStateStore store;
    private final ApplicationEventPublisher publisher;
    private final TelephonyProperties properties;
    private ScheduledExecutorService sweeper;

    DefaultAgentStates(AgentStateStore store, ApplicationEventPublisher publisher, TelephonyProperties properties) {
        this.store = store;
        this.publisher = publisher;
        this.properties = properties;
    }

    @Override
    public AgentState state(String agent) {
        validate(agent);
        StoredState stored = store.read(agent);
        if (stored == null || store.presentSince(agent) == null) {
            return AgentState.OFFLINE;
        }
        return stored.state();
    }

    @Override
    public List<AgentStatus> all() {
        List<AgentStatus> result = new ArrayList<>();
        for (String agent : store.agents()) {
            StoredState stored = store.read(agent);
            if (stored == null) {
                continue;
            }
            Instant heartbeat = store.presentSince(agent);
            if (heartbeat == null) {
                result.add(new AgentStatus(agent, AgentState.OFFLINE, null, stored.since(), null));
            } else {
                result.add(new AgentStatus(agent, stored.state(), stored.reason(), stored.since(), heartbeat));
            }
        }
        return result;
    }

    @Override
    public void heartbeat(String agent) {
        validate(agent);
        store.touch(agent, Instant.now(), properties.getPresenceTtl());
    }

    @Override
    public void setState(String agent, AgentState state, String pauseReason) {
        validate(agent);
        if (state == null) {
            throw new IllegalArgumentException("state is required");
        }
        String reason = null;
        if (state == AgentState.PAUSED) {
            if (pauseReason == null || pauseReason.isBlank() || pauseReason.length() > 64) {
                throw new IllegalArgumentException("a pause needs a reason of 1..64 characters");
            }
            reason = pauseReason.trim();
        }
        if (state == AgentState.WRAP_UP && properties.getWrapUp().isZero()) {
            state = AgentState.READY;
        }
        change(agent, state, reason, Instant.now());
    }

    private void change(String agent, AgentState state, String reason, Instant at) {
        if (store.write(agent, new StoredState(state, reason, at))) {
            log.info("agent {} is {}{}", agent, state.json(), reason == null ? "" : " (" + reason + ")");
            publisher.publishEvent(new AgentStateChanged(agent, state, reason, at));
        }
    }

    void sweep() {
        Instant now = Instant.now();
        Duration wrapUp = properties.getWrapUp();
        for (String agent : store.agents()) {
            StoredState stored = store.read(agent);
            if (stored == null || stored.state() == AgentState.OFFLINE) {
                continue;
            }
            if (store.presentSince(agent) == null) {
                change(agent, AgentState.OFFLINE, null, now);
            } else if (stored.state() == AgentState.WRAP_UP && !stored.since().plus(wrapUp).isAfter(now)) {
                change(agent, AgentState.READY, null, now);
            }
        }
    }

    private static void validate(String agent) {
        if (agent == null || agent.isBlank() || agent.length() > 64) {
            throw new IllegalArgumentException("agent must be 1..64 characters");
        }
    }

    @Override
    public synchronized void start() {
        if (sweeper != null) {
            return;
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "agent-state-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(100, properties.getSweepInterval().toMillis());
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                log.warn("agent state sweep failed: {}", e.toString());
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
            sweeper = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return sweeper != null;
    }
}
