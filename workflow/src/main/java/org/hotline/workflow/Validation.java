package org.hotline.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The input rules of the ticket API, written once: the text limits below, {@link Code}, {@link PhoneNumber} and
 * {@link TicketNo} for shapes. Commands validate through an instance (collecting every field error and throwing them
 * together); the service's single-text parameters through {@link #requiredText} and {@link #optionalText}. Request
 * records of the web API carry no limits of their own. An instance is not thread-safe; one per validation.
 */
public final class Validation {
    /**
     * Texts a citizen or a department writes at length: the request's content, a direct answer, a reply, a progress
     * note, a co-handler's contribution.
     */
    public static final int LONG_TEXT = 4000;
    /** Reasons (return, extension, pause, denial), dispatchers' and supervisors' notes, follow-up comments. */
    public static final int SHORT_TEXT = 1000;
    /** The citizen's name. */
    public static final int NAME = 50;
    /** A free-text address. */
    public static final int ADDRESS = 200;
    /** A telephony call id. */
    public static final int CALL_ID = 64;
    /** Co-handling departments of one dispatch. */
    public static final int MAX_CO_HANDLERS = 10;

    private final Map<String, String> errors = new LinkedHashMap<>();

    /**
     * A text that must be present.
     *
     * @return the stripped text
     * @throws InvalidTicketException when blank, longer than {@code max} code points or badly encoded
     */
    public static String requiredText(String field, String value, int max) {
        new Validation().text(field, value, true, max).throwIfInvalid();
        return value.strip();
    }

    /**
     * A text that may be absent.
     *
     * @return the stripped text, or null when blank
     * @throws InvalidTicketException when longer than {@code max} code points or badly encoded
     */
    public static String optionalText(String field, String value, int max) {
        new Validation().text(field, value, false, max).throwIfInvalid();
        return value == null || value.isBlank() ? null : value.strip();
    }

    Validation required(String field, Object value) {
        if (value == null) {
            errors.putIfAbsent(field, "required");
        }
        return this;
    }

    Validation text(String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.putIfAbsent(field, "required");
            }
            return this;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            errors.putIfAbsent(field, "at most " + maxLength + " characters");
        } else if (!wellFormed(value)) {
            errors.putIfAbsent(field, "contains control characters or broken encoding");
        }
        return this;
    }

    Validation code(String field, String value, boolean required) {
        return shape(field, value, required, Code::new);
    }

    Validation phone(String field, String value, boolean required) {
        return shape(field, value, required, PhoneNumber::new);
    }

    private Validation shape(String field, String value, boolean required,
            java.util.function.Function<String, ?> parse) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.putIfAbsent(field, "required");
            }
            return this;
        }
        try {
            parse.apply(value);
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(field, e.getMessage());
        }
        return this;
    }

    Validation range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.putIfAbsent(field, "must be between " + min + " and " + max);
        }
        return this;
    }

    Validation invalid(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidTicketException(errors);
        }
    }

    private static boolean wellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
