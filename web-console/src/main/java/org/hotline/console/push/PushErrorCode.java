package org.hotline.console.push;

/** The {@code code} of an {@code error} frame sent to a client. */
enum PushErrorCode {
    /** The frame is not a JSON object. */
    BAD_JSON("bad-json"),
    /** A field is missing, of the wrong type or too long. */
    BAD_REQUEST("bad-request"),
    /** The {@code type} is unknown, or not accepted on this endpoint. */
    UNKNOWN_TYPE("unknown-type"),
    /** The client sends faster than {@code hotline.push.max-messages-per-second}. */
    RATE_LIMITED("rate-limited"),
    /** The suggestion provider failed or is not configured. */
    SUGGESTIONS_UNAVAILABLE("suggestions-unavailable");

    private final String code;

    PushErrorCode(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
