package org.hotline.telephony.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStateChanged;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.JedisPooled;

/** The contract on real Redis, plus what only a shared store can show: two nodes see one state. */
class RedisAgentStatesIT extends AgentStatesContract {

    private static final JedisPooled JEDIS = new JedisPooled(
            System.getProperty("hotline.test.redis.host", "127.0.0.1"),
            Integer.parseInt(System.getProperty("hotline.test.redis.port", "6379")));
    private static final String PREFIX = "test:telephony:" + UUID.randomUUID() + ":";

    @Override
    protected AgentStateStore newStore() {
        return new RedisAgentStateStore(JEDIS, PREFIX);
    }

    @Test
    void twoNodesShareStatesAndOnlyOneReportsAChange() {
        List<Object> otherNodeEvents = new CopyOnWriteArrayList<>();
        DefaultAgentStates otherNode = new DefaultAgentStates(newStore(), otherNodeEvents::add, properties);
        states.heartbeat(agent);

        states.setState(agent, AgentState.TALKING);
        otherNode.setState(agent, AgentState.TALKING);

        assertThat(otherNode.state(agent)).isEqualTo(AgentState.TALKING);
        assertThat(otherNode.all()).anyMatch(s -> s.agent().equals(agent) && s.state() == AgentState.TALKING);
        assertThat(changesOf(agent)).hasSize(1);
        assertThat(otherNodeEvents).noneMatch(e -> e instanceof AgentStateChanged c && c.agent().equals(agent));
    }

    @AfterAll
    static void removeKeys() {
        JEDIS.keys(PREFIX + "*").forEach(JEDIS::del);
        JEDIS.close();
    }
}
