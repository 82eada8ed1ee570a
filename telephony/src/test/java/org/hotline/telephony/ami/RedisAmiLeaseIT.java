package org.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.JedisPooled;

class RedisAmiLeaseIT {

    private static final JedisPooled JEDIS = new JedisPooled(
            System.getProperty("hotline.test.redis.host", "127.0.0.1"),
            Integer.parseInt(System.getProperty("hotline.test.redis.port", "6379")));
    private static final String PREFIX = "test:ami-lease:" + UUID.randomUUID() + ":";

    @Test
    void oneNodeHoldsTheLeaseAndAnotherTakesOverWhenItStopsRenewing() {
        RedisAmiLease first = new RedisAmiLease(JEDIS, PREFIX + "a:", Duration.ofMillis(500));
        RedisAmiLease second = new RedisAmiLease(JEDIS, PREFIX + "a:", Duration.ofMillis(500));

        first.acquireOrRenew();
        second.acquireOrRenew();
        first.acquireOrRenew();

        assertThat(first.isLeader()).isTrue();
        assertThat(second.isLeader()).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            second.acquireOrRenew();
            return second.isLeader();
        });
        first.acquireOrRenew();
        assertThat(first.isLeader()).as("a late renewal does not steal the lease back").isFalse();
    }

    @Test
    void stoppingReleasesTheLeaseAtOnce() {
        RedisAmiLease first = new RedisAmiLease(JEDIS, PREFIX + "b:", Duration.ofSeconds(30));
        RedisAmiLease second = new RedisAmiLease(JEDIS, PREFIX + "b:", Duration.ofSeconds(30));
        first.start();
        assertThat(first.isLeader()).isTrue();

        first.stop();
        second.acquireOrRenew();

        assertThat(second.isLeader()).isTrue();
        second.stop();
    }

    @AfterAll
    static void removeKeys() {
        JEDIS.keys(PREFIX + "*").forEach(JEDIS::del);
        JEDIS.close();
    }
}
