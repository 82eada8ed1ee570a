package org.hotline.telephony;

import java.util.Locale;

/**
 * What came of dialling a {@link CallbackTask}. JSON: the lower-case word with {@code -} ({@code "no-answer"}).
 * {@link #REACHED} and {@link #WRONG_NUMBER} finish the task (nobody left to call); the others put it back in the
 * open list with the attempt counted, until {@code hotline.telephony.callbacks.max-attempts} is reached.
 */
public enum CallbackOutcome {
    /** The citizen answered and was helped. */
    REACHED(true),
    /** Nobody answered. */
    NO_ANSWER(false),
    /** The line was busy. */
    BUSY(false),
    /** A voicemail or a message was left. */
    VOICEMAIL(false),
    /** The number does not belong to the caller (or does not exist). */
    WRONG_NUMBER(true);

    private final boolean finishes;

    CallbackOutcome(boolean finishes) {
        this.finishes = finishes;
    }

    /** @return whether the task is done after this outcome, whatever attempts remain */
    public boolean finishes() {
        return finishes;
    }

    /** @return the JSON word, e.g. {@code no_answer} */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException when the word names no outcome (any case, {@code -} or {@code _}) */
    public static CallbackOutcome parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("outcome is required");
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("outcome must be reached, no_answer, busy, voicemail or wrong_number");
        }
    }
}
