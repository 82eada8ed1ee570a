package org.hotline.telephony.ami;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

/**
 * The AMI lease in Redis: a key holding the leader's node id with a TTL, renewed every third of it. A leader that
 * dies stops renewing and another node takes over within one TTL.
 */
final class RedisAmiLease implements AmiLease, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisAmiLease.class);
    private static final String RENEW = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return 0
            """;
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """;

    private final JedisPooled jedis;
    private final String key;
    private final Duration ttl;
    private final String nodeId = UUID.randomUUID().toString();
    private volatile boolean leader;
    private ScheduledExecutorService scheduler;

    RedisAmiLease(JedisPooled jedis, String prefix, Duration ttl) {
        this.jedis = jedis;
        this.key = prefix + "ami:leader";
        this.ttl = ttl;
    }

    @Override
    public boolean isLeader() {
        return leader;
    }

    void acquireOrRenew() {
        boolean holds;
        if (leader) {
            Object renewed = jedis.eval(RENEW, List.of(key), List.of(nodeId, Long.toString(ttl.toMillis())));
            holds = renewed instanceof Long l && l == 1L;
        } else {
            holds = "OK".equals(jedis.set(key, nodeId, SetParams.setParams().nx().px(ttl.toMillis())));
        }
        if (holds != leader) {
            log.info("AMI lease {} by node {}", holds ? "acquired" : "lost", nodeId);
        }
        leader = holds;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "ami-lease");
            thread.setDaemon(true);
            return thread;
        });
        acquireSafely();
        long period = Math.max(100, ttl.toMillis() / 3);
        scheduler.scheduleWithFixedDelay(this::acquireSafely, period, period, TimeUnit.MILLISECONDS);
    }

    private void acquireSafely() {
        try {
            acquireOrRenew();
        } catch (RuntimeException e) {
            if (leader) {
                log.warn("AMI lease renewal failed, giving up the lease: {}", e.toString());
            }
            leader = false;
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        if (leader) {
            leader = false;
            try {
                jedis.eval(RELEASE, List.of(key), List.of(nodeId));
            } catch (RuntimeException e) {
                log.debug("AMI lease release failed: {}", e.toString());
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}
