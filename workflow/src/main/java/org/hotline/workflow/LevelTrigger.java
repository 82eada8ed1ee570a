package org.hotline.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What raised a 督办 level. JSON: {@code deadline}, {@code supervisor}, {@code no-feedback}. */
public enum LevelTrigger {
    /** a sign or handle deadline passed (the chain's first level) */
    DEADLINE,
    /** a supervisor escalated by hand, at the level they chose */
    SUPERVISOR,
    /** the previous level's feedback window passed without an answer */
    NO_FEEDBACK;

    /** @return the JSON word: lower case, hyphens between words */
    @JsonValue
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses the JSON word, case-insensitively.
     *
     * @throws IllegalArgumentException when the word names no constant
     */
    @JsonCreator
    public static LevelTrigger fromJson(String value) {
        return EnumWords.parse(LevelTrigger.class, value);
    }
}
