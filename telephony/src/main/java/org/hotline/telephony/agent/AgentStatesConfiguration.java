package org.hotline.telephony.agent;

import org.hotline.telephony.config.TelephonyProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import redis.clients.jedis.JedisPooled;

/** Chooses where agent states live: Redis when {@code hotline.redis.enabled=true}, else process memory. */
@Configuration(proxyBeanMethods = false)
class AgentStatesConfiguration {

    @Bean
    @ConditionalOnProperty(name = "hotline.redis.enabled", havingValue = "true")
    AgentStateStore redisAgentStateStore(JedisPooled jedis,
                                         @Value("${hotline.telephony.redis-prefix:hotline:telephony:}") String prefix) {
        return new RedisAgentStateStore(jedis, prefix);
    }

    @Bean
    @ConditionalOnProperty(name = "hotline.redis.enabled", havingValue = "false", matchIfMissing = true)
    AgentStateStore inProcessAgentStateStore() {
        return new InProcessAgentStateStore();
    }

    @Bean
    DefaultAgentStates agentStates(AgentStateStore store, ApplicationEventPublisher publisher,
                                   TelephonyProperties properties) {
        return new DefaultAgentStates(store, publisher, properties);
    }
}
