package org.hotline.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The card (牌) a 督办 level counts against the department. JSON: {@code none}, {@code yellow}, {@code red}. */
public enum Card {
    /** a notice only */
    NONE,
    /** 黄牌: a yellow card counted against the department */
    YELLOW,
    /** 红牌: a red card counted against the department */
    RED;

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
    public static Card fromJson(String value) {
        return EnumWords.parse(Card.class, value);
    }
}
