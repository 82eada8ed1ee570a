package org.hotline.console.push;

import java.time.Instant;

/** Remembers the nonces of push tokens already used, until they expire, so that a token opens one socket only. */
interface PushTokenNonces {

    /** @return true when this is the first use of the nonce (it is now spent), false when it was used before */
    boolean claim(String nonce, Instant expiresAt);
}
