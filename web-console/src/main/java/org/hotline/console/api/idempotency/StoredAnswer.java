package org.hotline.console.api.idempotency;

/** A {@code console_idempotency_key} row: the request's hash and the answer it got. */
class StoredAnswer {
    String requestHash;
    Integer responseStatus;
    String responseLocation;
    String responseBody;
}
