package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T01:00:00Z"));
    private final SecurityProperties properties = new SecurityProperties();
    private final LoginThrottle throttle = new LoginThrottle(properties, clock);

    @Test
    void locksAnAccountAfterFiveFailuresWithADelayThatDoublesUpToTheCeiling() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("agent9", "10.0.0.1");
        }
        assertThat(throttle.lockedUntil("agent9", "10.0.0.1")).isEmpty();
        throttle.failed("agent9", "10.0.0.1");
        assertThat(throttle.lockedUntil("agent9", "10.0.0.2")).contains(clock.instant().plusSeconds(30));

        throttle.failed("agent9", "10.0.0.3");
        assertThat(throttle.lockedUntil("agent9", "10.0.0.2")).contains(clock.instant().plusSeconds(60));
        for (int i = 0; i < 10; i++) {
            throttle.failed("agent9", "10.0.0.3");
        }
        assertThat(throttle.lockedUntil("agent9", "10.0.0.2")).contains(clock.instant().plus(Duration.ofMinutes(15)));

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.lockedUntil("agent9", "10.0.0.2")).isEmpty();
    }

    @Test
    void anAttackerCannotLockTheOwnerOutOfTheWorkstationItLoggedInFrom() {
        throttle.succeeded("agent9", "10.0.0.7");
        for (int i = 0; i < 50; i++) {
            throttle.failed("agent9", "192.0.2." + i);
        }
        assertThat(throttle.lockedUntil("agent9", "192.0.2.99")).isPresent();
        assertThat(throttle.lockedUntil("agent9", "10.0.0.7")).isEmpty();
    }

    @Test
    void locksASourceAddressThatGuessesAcrossManyAccountsIncludingUnknownOnes() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("nobody-" + i, "198.51.100.9");
        }
        assertThat(throttle.lockedUntil("agent1", "198.51.100.9")).isPresent();
        assertThat(throttle.lockedUntil("agent1", "198.51.100.10")).isEmpty();
    }

    @Test
    void aGoodLoginClearsTheAddressAndAccountCounts() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("agent9", "10.0.0.1");
        }
        throttle.succeeded("agent9", "10.0.0.1");
        throttle.failed("agent9", "10.0.0.1");
        assertThat(throttle.lockedUntil("agent9", "10.0.0.5")).isEmpty();
    }

    @Test
    void forgetsOldestEntriesInsteadOfGrowingWithoutBound() {
        properties.setMaxTracked(100);
        for (int i = 0; i < 1000; i++) {
            throttle.failed("made-up-" + i, "203.0.113." + (i % 250));
        }
        assertThat(throttle.lockedUntil("made-up-999", "203.0.113.1")).isNotNull();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
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
