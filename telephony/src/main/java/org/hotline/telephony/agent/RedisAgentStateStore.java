package org.hotline.telephony.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

/**
 * Agent states in Redis, shared by every node: a hash per agent ({@code state}, {@code reason}, {@code since}), a
 * presence key with a TTL per agent, and a set of known agents. Writes compare-and-set in one Lua script so two
 * nodes never both report the same change.
 */
class RedisAgentStateStore implements AgentStateStore {

    private static final String WRITE_IF_CHANGED = """
            local cur = redis.call('HMGET', KEYS[1], 'state', 'reason')
            if cur[1] == ARGV[1] and (cur[2] or '') == ARGV[2] then return 0 end
            redis.call('HSET', KEYS[1], 'state', ARGV[1], 'reason', ARGV[2], 'since', ARGV[3])
            redis.call('SADD', KEYS[2], ARGV[4])
            return 1
            """;

    private final JedisPooled jedis;
    private final String prefix;

    RedisAgentStateStore(JedisPooled jedis, String prefix) {
        this.jedis = jedis;
        this.prefix = prefix;
    }

    private String stateKey(String agent) {
        return prefix + "agent:" + agent;
    }

    private String presenceKey(String agent) {
        return prefix + "presence:" + agent;
    }

    private String agentsKey() {
        return prefix + "agents";
    }

    @Override
    public StoredState read(String agent) {
        List<String> values = jedis.hmget(stateKey(agent), "state", "reason", "since");
        if (values.get(0) == null) {
            return null;
        }
        String reason = values.get(1) == null || values.get(1).isEmpty() ? null : values.get(1);
        Instant since = values.get(2) == null ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(values.get(2)));
        return new StoredState(org.hotline.telephony.AgentState.valueOf(values.get(0)), reason, since);
    }

    @Override
    public boolean write(String agent, StoredState next) {
        Object result = jedis.eval(WRITE_IF_CHANGED, List.of(stateKey(agent), agentsKey()),
                List.of(next.state().name(), next.reason() == null ? "" : next.reason(),
                        Long.toString(next.since().toEpochMilli()), agent));
        return result instanceof Long l && l == 1L;
    }

    @Override
    public void touch(String agent, Instant at, Duration ttl) {
        jedis.set(presenceKey(agent), Long.toString(at.toEpochMilli()), SetParams.setParams().px(ttl.toMillis()));
        jedis.hsetnx(stateKey(agent), "state", org.hotline.telephony.AgentState.OFFLINE.name());
        jedis.hsetnx(stateKey(agent), "since", Long.toString(at.toEpochMilli()));
        jedis.sadd(agentsKey(), agent);
    }

    @Override
    public Instant presentSince(String agent) {
        String value = jedis.get(presenceKey(agent));
        return value == null ? null : Instant.ofEpochMilli(Long.parseLong(value));
    }

    @Override
    public Set<String> agents() {
        return new TreeSet<>(jedis.smembers(agentsKey()));
    }
}
