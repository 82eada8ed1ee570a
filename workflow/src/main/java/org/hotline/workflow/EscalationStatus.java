package org.hotline.workflow;

import java.util.Locale;

/**
 * Where a 督办 chain stands. JSON: {@code open}, {@code overdue}, {@code answered}, {@code ended}.
 */
public enum EscalationStatus {
    /** a level awaits the department's feedback within its window */
    OPEN,
    /** the last level's feedback window passed without an answer; the chain stays so until answered */
    OVERDUE,
    /** the department answered (督办反馈); the chain stopped */
    ANSWERED,
    /** the ticket was closed or merged before the department answered */
    ENDED;

    /** @return the lower-case word, as the API spells it */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the JSON word, case-insensitively.
     *
     * @throws IllegalArgumentException when the word names no constant
     */
    public static EscalationStatus fromJson(String value) {
        return EnumWords.parse(EscalationStatus.class, value);
    }
}
