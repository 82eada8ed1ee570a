package org.hotline.console.push;

import java.util.Locale;

/** A connect token is missing, malformed, not signed by this cluster's secret, or expired. */
final class InvalidPushTokenException extends Exception {

    enum Reason { MISSING, MALFORMED, BAD_SIGNATURE, EXPIRED }

    private final Reason reason;

    InvalidPushTokenException(Reason reason) {
        super("push token " + reason.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
