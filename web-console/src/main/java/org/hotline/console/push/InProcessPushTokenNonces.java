package org.hotline.console.push;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The single node's spent nonces, forgotten once their token has expired. Thread-safe. */
final class InProcessPushTokenNonces implements PushTokenNonces {

    private final Map<String, Instant> spent = new ConcurrentHashMap<>();
    private final Clock clock;

    InProcessPushTokenNonces(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean claim(String nonce, Instant expiresAt) {
        Instant now = clock.instant();
        spent.values().removeIf(expiry -> !expiry.isAfter(now));
        return spent.putIfAbsent(nonce, expiresAt) == null;
    }
}
