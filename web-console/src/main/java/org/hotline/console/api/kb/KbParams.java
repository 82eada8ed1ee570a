package org.hotline.console.api.kb;

import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Shape checks of request parameters shared by the knowledge controllers. */
final class KbParams {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private KbParams() {
    }

    /** @return the code, or {@code null} when absent or blank */
    static String code(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!CODE.matcher(value.strip()).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " code is malformed");
        }
        return value.strip();
    }

    static String id(String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "id is malformed");
        }
        return value;
    }

    static String text(String value, String name, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " is required");
            }
            return null;
        }
        if (value.length() > max) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be at most " + max + " characters");
        }
        return value;
    }
}
