package org.hotline.telephony;

import java.util.List;

/**
 * Agent seat states, shared by all nodes (Redis, when {@code hotline.redis.enabled=true}) or in-process (embedded).
 * Every actual change publishes an {@link AgentStateChanged}. Presence expires when no {@link #heartbeat} arrives
 * within {@code hotline.telephony.presence-ttl} (default 60 s): the agent then reads as {@link AgentState#OFFLINE}.
 * {@link AgentState#WRAP_UP} returns to {@link AgentState#READY} after {@code hotline.telephony.wrap-up} (default
 * 30 s). Thread-safe.
 */
public interface AgentStates {

    /** @return the agent's current state, {@link AgentState#OFFLINE} when unknown or presence expired */
    AgentState state(String agent);

    /** @return the status of every agent known since start (or to Redis), sorted by username */
    List<AgentStatus> all();

    /** Records that the agent's console is alive (the agent desktop calls this periodically). */
    void heartbeat(String agent);

    /**
     * Sets the agent's state. {@link AgentState#RINGING} and {@link AgentState#TALKING} normally come from the
     * telephone system; the console sets {@code READY}, {@code PAUSED}, {@code WRAP_UP} or {@code OFFLINE}.
     *
     * @param pauseReason required (1..64 characters) for {@link AgentState#PAUSED}, ignored otherwise
     * @throws IllegalArgumentException when a pause has no reason or the agent name is blank or too long
     */
    void setState(String agent, AgentState state, String pauseReason);

    /** Same as {@code setState(agent, state, null)} for states without a reason. */
    default void setState(String agent, AgentState state) {
        setState(agent, state, null);
    }
}
