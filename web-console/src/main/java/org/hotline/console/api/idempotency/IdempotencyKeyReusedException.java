package org.hotline.console.api.idempotency;

/** An {@code Idempotency-Key} came again with another request body (or while its first request still runs). */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used for another request; use a new key for a new request.");
    }
}
