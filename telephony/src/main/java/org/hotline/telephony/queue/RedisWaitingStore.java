package org.hotline.telephony.queue;

import java.time.Instant;
import java.util.List;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ZAddParams;
import redis.clients.jedis.resps.Tuple;

/** The waiting callers in one Redis sorted set (call id scored by its join time in ms), shared by every node. */
final class RedisWaitingStore implements WaitingStore {

    private final JedisPooled jedis;
    private final String key;

    RedisWaitingStore(JedisPooled jedis, String prefix) {
        this.jedis = jedis;
        this.key = prefix + "queue:waiting";
    }

    @Override
    public void add(String callId, Instant since) {
        jedis.zadd(key, since.toEpochMilli(), callId, ZAddParams.zAddParams().nx());
    }

    @Override
    public void remove(String callId) {
        jedis.zrem(key, callId);
    }

    @Override
    public void forgetBefore(Instant horizon) {
        jedis.zremrangeByScore(key, Double.NEGATIVE_INFINITY, horizon.toEpochMilli() - 1);
    }

    @Override
    public int count() {
        return (int) jedis.zcard(key);
    }

    @Override
    public Instant oldest() {
        List<Tuple> first = jedis.zrangeWithScores(key, 0, 0);
        return first.isEmpty() ? null : Instant.ofEpochMilli((long) first.get(0).getScore());
    }
}
