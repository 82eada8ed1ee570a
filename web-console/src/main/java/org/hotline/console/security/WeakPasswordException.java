package org.hotline.console.security;

/** A chosen password that {@link PasswordPolicy} refuses; answered 422 with code {@code weak-password}. */
public final class WeakPasswordException extends RuntimeException {

    WeakPasswordException(String reason) {
        super(reason);
    }
}
