package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void allowsABurstOfOneSecondsWorthThenRefuses() {
        RateLimit limit = new RateLimit(5, nanos::get);

        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryAcquire()).as("message " + i).isTrue();
        }
        assertThat(limit.tryAcquire()).isFalse();
    }

    @Test
    void refillsContinuously() {
        RateLimit limit = new RateLimit(5, nanos::get);
        for (int i = 0; i < 5; i++) {
            limit.tryAcquire();
        }

        nanos.addAndGet(200_000_000L);

        assertThat(limit.tryAcquire()).as("one token after a fifth of a second").isTrue();
        assertThat(limit.tryAcquire()).isFalse();
    }

    @Test
    void reportsARefusalAtMostOnceASecond() {
        RateLimit limit = new RateLimit(1, nanos::get);

        assertThat(limit.shouldReportRefusal()).isTrue();
        nanos.addAndGet(999_000_000L);
        assertThat(limit.shouldReportRefusal()).isFalse();
        nanos.addAndGet(1_000_000L);
        assertThat(limit.shouldReportRefusal()).isTrue();
    }
}
