package org.hotline.workflow;

/**
 * A command names a department, category or district that does not exist. Nothing changed. Maps to HTTP 400 (or
 * 404 when the reference is the addressed resource itself).
 */
public class UnknownReferenceException extends RuntimeException {
    private final String kind;
    private final String code;

    public UnknownReferenceException(String kind, String code) {
        super("unknown " + kind + ": " + code);
        this.kind = kind;
        this.code = code;
    }

    /** @return {@code department}, {@code category}, {@code district} or {@code ticket} */
    public String kind() {
        return kind;
    }

    /** @return the unknown code */
    public String code() {
        return code;
    }
}
