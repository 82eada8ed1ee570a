package org.hotline.workflow;

import java.util.Locale;

/** A masked value of a ticket that {@link TicketService#reveal} can show in clear. JSON: lower-case words. */
public enum RevealField {
    CITIZEN_PHONE, CONTENT;

    /** @return the lower-case JSON word */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the JSON word, case-insensitively ({@code citizen-phone} is accepted too).
     *
     * @throws IllegalArgumentException when the word names no field
     */
    public static RevealField fromJson(String value) {
        return EnumWords.parse(RevealField.class, value);
    }
}
