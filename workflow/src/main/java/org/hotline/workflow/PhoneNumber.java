package org.hotline.workflow;

import java.util.regex.Pattern;

/**
 * A citizen's phone number as given: digits, optionally a leading {@code +} and {@code -} separators, 3..20
 * characters (the width of {@code citizen_phone}). The one place where that shape is written. Immutable and
 * thread-safe.
 *
 * @param value the number as written
 */
public record PhoneNumber(String value) {
    /** The longest number. */
    public static final int MAX_LENGTH = 20;
    private static final Pattern SHAPE = Pattern.compile("\\+?[0-9][0-9-]{2," + (MAX_LENGTH - 1) + "}");

    /** @throws IllegalArgumentException when the value is null or not of the shape above */
    public PhoneNumber {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("must be a phone number of at most " + MAX_LENGTH + " digits");
        }
    }

    /** @return the number, or null for a null or blank value; @throws IllegalArgumentException when malformed */
    public static PhoneNumber ofNullable(String value) {
        return value == null || value.isBlank() ? null : new PhoneNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
