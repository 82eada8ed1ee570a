package org.hotline.telephony;

/** Lifecycle of a {@link CallbackTask}. */
public enum CallbackStatus {
    /** Waiting for an agent. */
    OPEN,
    /** An agent took it and the system placed the call. */
    TAKEN,
    /** The same number got through to an agent later, or the task expired: nothing to do. */
    CANCELLED;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
