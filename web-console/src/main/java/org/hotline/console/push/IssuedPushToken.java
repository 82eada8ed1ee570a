package org.hotline.console.push;

import java.time.Instant;

/** A signed connect token and the instant after which it no longer opens a socket. */
record IssuedPushToken(String token, Instant expiresAt) {
}
