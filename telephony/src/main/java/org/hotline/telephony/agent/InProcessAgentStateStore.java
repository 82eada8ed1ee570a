package org.hotline.telephony.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Embedded default: agent states of this process only. */
class InProcessAgentStateStore implements AgentStateStore {

    private record Presence(Instant at, Instant expires) {
    }

    private final ConcurrentMap<String, StoredState> states = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Presence> presence = new ConcurrentHashMap<>();

    @Override
    public StoredState read(String agent) {
        return states.get(agent);
    }

    @Override
    public boolean write(String agent, StoredState next) {
        boolean[] changed = {false};
        states.compute(agent, (key, current) -> {
            if (current != null && current.state() == next.state() && Objects.equals(current.reason(), next.reason())) {
                return current;
            }
            changed[0] = true;
            return next;
        });
        return changed[0];
    }

    @Override
    public void touch(String agent, Instant at, Duration ttl) {
        presence.put(agent, new Presence(at, at.plus(ttl)));
        states.putIfAbsent(agent, new StoredState(org.hotline.telephony.AgentState.OFFLINE, null, at));
    }

    @Override
    public Instant presentSince(String agent) {
        Presence p = presence.get(agent);
        return p == null || p.expires().isBefore(Instant.now()) ? null : p.at();
    }

    @Override
    public Set<String> agents() {
        return new TreeSet<>(states.keySet());
    }
}
