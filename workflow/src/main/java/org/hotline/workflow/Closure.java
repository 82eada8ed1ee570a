package org.hotline.workflow;

import java.util.Locale;

/** How a closed ticket was closed. JSON: lower-case words ({@code "direct_answer"}, {@code "satisfied"}, ...). */
public enum Closure {
    /** answered by the agent on first contact (一号答) */
    DIRECT_ANSWER,
    /** follow-up satisfaction of 3 or more */
    SATISFIED,
    /** a second dissatisfaction after one reopening */
    UNSATISFIED,
    /** closed together with the main ticket it was merged into */
    MERGED,
    /** closed by a dispatcher outside the normal path */
    ADMINISTRATIVE;

    /** @return the lower-case JSON word */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the JSON word, case-insensitively.
     *
     * @throws IllegalArgumentException when the word names no closure
     */
    public static Closure fromJson(String value) {
        return EnumWords.parse(Closure.class, value);
    }
}
