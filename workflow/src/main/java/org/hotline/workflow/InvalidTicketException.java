package org.hotline.workflow;

import java.util.Map;

/**
 * A command or query carries invalid input (blank, oversize, badly encoded or malformed values). Nothing changed.
 * Maps to HTTP 400; {@link #fieldErrors()} names each offending field with a short English reason.
 */
public class InvalidTicketException extends RuntimeException {
    private final transient Map<String, String> fieldErrors;

    public InvalidTicketException(Map<String, String> fieldErrors) {
        super("invalid input: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** @return field name → reason; never empty */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
