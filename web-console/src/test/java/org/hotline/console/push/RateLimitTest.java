package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void allowsABurstOfOneSecondsWorthThenRefuses() {
        RateLimit limit = new RateLimit(5);

        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryAcquire()).as("message " + i).isTrue();
        }
        assertThat(limit.tryAcquire()).isFalse();
    }

    @Test
    void reportsARefusalAtMostOnceASecond() {
        RateLimit limit = new RateLimit(1);

        assertThat(limit.shouldReportRefusal()).isTrue();
        assertThat(limit.shouldReportRefusal()).isFalse();
    }
}
