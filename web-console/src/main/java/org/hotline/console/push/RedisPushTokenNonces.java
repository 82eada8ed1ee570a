package org.hotline.console.push;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

/**
 * Spent nonces in Redis ({@code SET key 1 NX PX ttl}), shared by every node, so a token replayed against another node
 * is refused too. When Redis is unreachable the claim fails and the socket is refused: fail closed. Thread-safe.
 */
final class RedisPushTokenNonces implements PushTokenNonces {

    private final JedisPooled jedis;
    private final String prefix;
    private final Clock clock;

    RedisPushTokenNonces(JedisPooled jedis, String prefix, Clock clock) {
        this.jedis = jedis;
        this.prefix = prefix;
        this.clock = clock;
    }

    @Override
    public boolean claim(String nonce, Instant expiresAt) {
        long ttl = Math.max(1, Duration.between(clock.instant(), expiresAt).toMillis() + 1000);
        return "OK".equals(jedis.set(prefix + nonce, "1", SetParams.setParams().nx().px(ttl)));
    }
}
