package org.hotline.console.security;

import java.time.Instant;

/** Lets tests outside this package (the page tests) compute a user's TOTP code as an authenticator app does. */
public final class TestTotp {

    private TestTotp() {
    }

    /** @param stepsAhead 0 for the current 30-second step, 1 for the next (accepted as well) */
    public static String code(String base32Secret, int stepsAhead) {
        return Totp.code(Totp.fromBase32(base32Secret), Totp.step(Instant.now().getEpochSecond()) + stepsAhead);
    }
}
