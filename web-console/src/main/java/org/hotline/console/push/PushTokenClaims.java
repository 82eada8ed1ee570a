package org.hotline.console.push;

import java.time.Instant;

import org.hotline.console.security.CurrentUser;

/** What a verified push token says: its user, its single-use nonce, the HTTP session it is bound to, its expiry. */
record PushTokenClaims(CurrentUser user, String nonce, String session, Instant expiresAt) {
}
