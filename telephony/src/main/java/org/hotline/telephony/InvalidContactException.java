package org.hotline.telephony;

import java.util.Map;

/** Input of a contact, an identity or a contact action is invalid; nothing was stored. */
public class InvalidContactException extends IllegalArgumentException {

    private final Map<String, String> errors;

    /** @param errors field name → what is wrong with it, in a stable order */
    public InvalidContactException(Map<String, String> errors) {
        super("invalid " + String.join(", ", errors.keySet()));
        this.errors = Map.copyOf(errors);
    }

    /** @return field name → what is wrong with it */
    public Map<String, String> errors() {
        return errors;
    }
}
