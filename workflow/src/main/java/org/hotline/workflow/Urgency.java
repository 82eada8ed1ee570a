package org.hotline.workflow;

import java.util.Locale;

/** Urgency of a ticket; urgent ones are handled within one calendar day. JSON: {@code "normal"}, {@code "urgent"}. */
public enum Urgency {
    NORMAL, URGENT;

    /** @return the lower-case JSON word */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the JSON word, case-insensitively.
     *
     * @throws IllegalArgumentException when the word names no urgency
     */
    public static Urgency fromJson(String value) {
        return EnumWords.parse(Urgency.class, value);
    }
}
