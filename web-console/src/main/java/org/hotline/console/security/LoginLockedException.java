package org.hotline.console.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** A login attempt refused without checking the password, because of earlier failures; retry after {@link #until}. */
final class LoginLockedException extends LockedException {

    private final transient Instant until;

    LoginLockedException(Instant until) {
        super("too many failed logins; try again later");
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
