package org.hotline.workflow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects field errors of a command and throws them together. Not thread-safe; one instance per validation. */
final class Validation {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_*-]{1,32}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9-]{2,19}");

    private final Map<String, String> errors = new LinkedHashMap<>();

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
        if (value == null || value.isBlank()) {
            if (required) {
                errors.putIfAbsent(field, "required");
            }
        } else if (!CODE.matcher(value).matches()) {
            errors.putIfAbsent(field, "must be a code of letters and digits");
        }
        return this;
    }

    Validation phone(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.putIfAbsent(field, "required");
            }
        } else if (!PHONE.matcher(value).matches()) {
            errors.putIfAbsent(field, "must be a phone number of digits");
        }
        return this;
    }

    Validation range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.putIfAbsent(field, "must be between " + min + " and " + max);
        }
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
