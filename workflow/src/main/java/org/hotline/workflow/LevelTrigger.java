package org.hotline.workflow;

import java.util.Locale;

/** What raised a 督办 level. JSON: {@code deadline}, {@code supervisor}, {@code no_feedback}. */
public enum LevelTrigger {
    /** a sign or handle deadline passed (the chain's first level) */
    DEADLINE,
    /** a supervisor escalated by hand, at the level they chose */
    SUPERVISOR,
    /** the previous level's feedback window passed without an answer */
    NO_FEEDBACK;

    /** @return the lower-case word, as the API spells it */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the JSON word, case-insensitively.
     *
     * @throws IllegalArgumentException when the word names no constant
     */
    public static LevelTrigger fromJson(String value) {
        return EnumWords.parse(LevelTrigger.class, value);
    }
}
