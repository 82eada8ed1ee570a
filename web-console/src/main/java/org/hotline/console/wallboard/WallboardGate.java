package org.hotline.console.wallboard;

import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

/**
 * Lets one wallboard push through per interval across the cluster: a Redis key set if absent with the interval as
 * its lifetime (with {@code hotline.redis.enabled=true}); on a single node the pushes' own interval suffices. If
 * Redis fails the push goes through (a duplicate is harmless, a missing wallboard is not).
 */
@Component
class WallboardGate {

    private final JedisPooled jedis;
    private final String key;
    private final String node = UUID.randomUUID().toString();

    WallboardGate(ObjectProvider<JedisPooled> jedis, @Value("${hotline.redis.enabled:false}") boolean redis,
                  @Value("${hotline.telephony.redis-prefix:hotline:telephony:}") String prefix) {
        this.jedis = redis ? jedis.getIfAvailable() : null;
        this.key = prefix + "wallboard:gate";
    }

    /** @return whether this node may push now (and holds the gate for {@code interval}) */
    boolean tryPass(Duration interval) {
        if (jedis == null) {
            return true;
        }
        try {
            return "OK".equals(jedis.set(key, node, SetParams.setParams().nx().px(Math.max(1, interval.toMillis() * 9 / 10))));
        } catch (RuntimeException e) {
            return true;
        }
    }
}
