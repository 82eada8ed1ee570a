package org.hotline.knowledge;

import java.util.Locale;

/** Life-cycle state of a knowledge-base entry. Only {@link #PUBLISHED} entries are ever searchable. */
public enum KbStatus {
    /** Being written; invisible to agents. */
    DRAFT,
    /** Visible to agents while inside its validity window. */
    PUBLISHED,
    /** Taken out of service; kept for history. */
    WITHDRAWN;

    /** @return the lower-case JSON name, e.g. {@code published} */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param value the JSON or CSV spelling, case-insensitive
     * @return the status
     * @throws IllegalArgumentException when the value names no status
     */
    public static KbStatus parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("status is blank");
        }
        return KbStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
