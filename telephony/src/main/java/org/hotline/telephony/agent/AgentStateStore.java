package org.hotline.telephony.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Where agent states and presence live: Redis (shared by nodes) or process memory. Thread-safe. */
interface AgentStateStore {

    /** @return the stored state, or {@code null} when the agent is unknown */
    StoredState read(String agent);

    /**
     * Writes the state unless state and reason are already the ones stored.
     *
     * @return whether anything changed
     */
    boolean write(String agent, StoredState next);

    /** Records a heartbeat that keeps the agent present for {@code ttl}. */
    void touch(String agent, Instant at, Duration ttl);

    /** @return the last heartbeat if the agent is still present, else {@code null} */
    Instant presentSince(String agent);

    /** @return every agent the store knows */
    Set<String> agents();
}
