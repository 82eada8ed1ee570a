package org.hotline.telephony;

/** How a call ended from the citizen's point of view. Serialised to JSON in lower case. */
public enum Disposition {
    /** An agent answered. */
    ANSWERED,
    /** The caller hung up while waiting in the queue, after the short-abandon threshold. */
    ABANDONED,
    /** The caller hung up while waiting, before the short-abandon threshold (5 s by default): counted apart. */
    SHORT_ABANDON,
    /** The call ended in the IVR without reaching the queue (self-service or hang-up in the menu). */
    IVR_ONLY;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param value a name in any case, e.g. {@code "short_abandon"}
     * @return the disposition
     * @throws IllegalArgumentException when the value names no disposition
     */
    public static Disposition parse(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
