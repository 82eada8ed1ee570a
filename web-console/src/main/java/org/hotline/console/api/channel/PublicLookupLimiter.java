package org.hotline.console.api.channel;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-IP limit of the public progress lookup: at most {@code hotline.channel.public-lookup.per-minute} lookups per
 * address and minute (fixed windows), so ticket numbers and phone tails cannot be guessed in bulk. In memory per
 * node; a cluster of N nodes allows at most N times the figure. Thread-safe.
 */
@Component
class PublicLookupLimiter {

    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_TRACKED = 100_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Autowired
    PublicLookupLimiter(@Value("${hotline.channel.public-lookup.per-minute:10}") int perMinute) {
        this(perMinute, Clock.systemUTC());
    }

    PublicLookupLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** @return true when this address may look up once more now (and counts the lookup) */
    boolean tryAcquire(String address) {
        long now = clock.millis();
        long start = now - now % WINDOW_MILLIS;
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> w.start < start);
        }
        Window window = windows.compute(address, (k, w) -> w == null || w.start != start ? new Window(start, 1)
            : new Window(start, w.count + 1));
        return window.count <= perMinute;
    }

    /** @return seconds until the current window ends */
    long retryAfterSeconds() {
        long now = clock.millis();
        return Math.max(1, (WINDOW_MILLIS - now % WINDOW_MILLIS + 999) / 1000);
    }

    private record Window(long start, int count) {
    }
}
