package org.hotline.workflow;

import java.util.Locale;

/** The card (牌) a 督办 level counts against the department. JSON: {@code none}, {@code yellow}, {@code red}. */
public enum Card {
    /** a notice only */
    NONE,
    /** 黄牌: a yellow card counted against the department */
    YELLOW,
    /** 红牌: a red card counted against the department */
    RED;

    /** @return the lower-case word, as the API spells it */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the JSON word, case-insensitively.
     *
     * @throws IllegalArgumentException when the word names no constant
     */
    public static Card fromJson(String value) {
        return EnumWords.parse(Card.class, value);
    }
}
