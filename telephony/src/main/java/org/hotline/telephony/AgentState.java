package org.hotline.telephony;

/** The state of an agent seat. Serialised to JSON in lower case. */
public enum AgentState {
    /** Not logged in, or presence expired (no heartbeat within the configured time). */
    OFFLINE,
    /** Logged in and waiting for a call. */
    READY,
    /** A queue call is ringing on the agent's phone. */
    RINGING,
    /** On a call. */
    TALKING,
    /** After-call work; returns to {@link #READY} by itself after the configured limit. */
    WRAP_UP,
    /** Logged in but not taking calls; always carries a reason. */
    PAUSED;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param value a state name in any case, e.g. {@code "wrap_up"}
     * @return the state
     * @throws IllegalArgumentException when the value names no state
     */
    public static AgentState parse(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
