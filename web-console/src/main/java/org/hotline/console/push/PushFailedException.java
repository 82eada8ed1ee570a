package org.hotline.console.push;

/** A push message could not be stored, so it was neither delivered nor made available for catch-up. */
public class PushFailedException extends RuntimeException {

    public PushFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
