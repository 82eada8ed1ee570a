package org.hotline.telephony;

/** Lifecycle of a {@link CallbackTask}. */
public enum CallbackStatus {
    /** Waiting for an agent (again, after an attempt that did not reach the citizen). */
    OPEN,
    /** An agent took it and the system placed the call; the outcome is not recorded yet. */
    TAKEN,
    /** The same number got through to an agent later, or the task expired: nothing to do. */
    CANCELLED,
    /** Finished: the citizen was reached, the number was wrong, or the attempts ran out. */
    DONE;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
