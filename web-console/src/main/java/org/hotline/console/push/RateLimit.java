package org.hotline.console.push;

import java.util.function.LongSupplier;

/**
 * A token bucket of one session's inbound messages: {@code perSecond} tokens refilled continuously, as many in
 * reserve. Thread-safe.
 */
final class RateLimit {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double perSecond;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;
    private long lastRefusalReportedAt = Long.MIN_VALUE;

    RateLimit(int perSecond) {
        this(perSecond, System::nanoTime);
    }

    RateLimit(int perSecond, LongSupplier nanoTime) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("the message rate must be at least 1 per second");
        }
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
        this.tokens = perSecond;
        this.refilledAt = nanoTime.getAsLong();
    }

    synchronized boolean tryAcquire() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(perSecond, tokens + (now - refilledAt) * perSecond / NANOS_PER_SECOND);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Whether a refusal should be told to the client: at most once a second, so refusals cannot flood it. */
    synchronized boolean shouldReportRefusal() {
        long now = nanoTime.getAsLong();
        if (lastRefusalReportedAt == Long.MIN_VALUE || now - lastRefusalReportedAt >= NANOS_PER_SECOND) {
            lastRefusalReportedAt = now;
            return true;
        }
        return false;
    }
}
