package org.hotline.workflow;

import java.util.regex.Pattern;

/**
 * A code of the catalogue: a category ({@code C0101}), district ({@code JC01}), department ({@code GJJ}) or
 * knowledge-base entry. The one place where a code's shape is written: 1..32 letters, digits, {@code _}, {@code -}
 * or {@code *} (the routing rules' wildcard). Immutable and thread-safe.
 *
 * @param value the code as written
 */
public record Code(String value) {
    /** The longest code, the width of every {@code *_code} column. */
    public static final int MAX_LENGTH = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_*-]{1," + MAX_LENGTH + "}");

    /** @throws IllegalArgumentException when the value is null or not of the shape above */
    public Code {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("must be a code of at most " + MAX_LENGTH + " letters and digits");
        }
    }

    /** @return the code, or null for a null or blank value; @throws IllegalArgumentException when malformed */
    public static Code ofNullable(String value) {
        return value == null || value.isBlank() ? null : new Code(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
