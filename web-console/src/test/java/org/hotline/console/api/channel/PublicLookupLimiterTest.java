package org.hotline.console.api.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PublicLookupLimiterTest {

    @Test
    void allowsTheFigurePerAddressAndMinuteThenRefusesUntilTheNextMinute() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:10Z"));
        PublicLookupLimiter limiter = new PublicLookupLimiter(3, clock);

        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).as("another address has its own count").isTrue();
        assertThat(limiter.retryAfterSeconds()).isEqualTo(50);

        clock.now = Instant.parse("2026-12-07T08:01:00Z");
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
