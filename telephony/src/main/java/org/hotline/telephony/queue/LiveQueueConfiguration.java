package org.hotline.telephony.queue;

import java.time.Clock;

import org.hotline.telephony.config.TelephonyProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import redis.clients.jedis.JedisPooled;

/** Chooses where the waiting callers live: Redis when {@code hotline.redis.enabled=true}, else process memory. */
@Configuration(proxyBeanMethods = false)
class LiveQueueConfiguration {

    @Bean
    @ConditionalOnProperty(name = "hotline.redis.enabled", havingValue = "true")
    WaitingStore redisWaitingStore(JedisPooled jedis,
                                   @Value("${hotline.telephony.redis-prefix:hotline:telephony:}") String prefix) {
        return new RedisWaitingStore(jedis, prefix);
    }

    @Bean
    @ConditionalOnProperty(name = "hotline.redis.enabled", havingValue = "false", matchIfMissing = true)
    WaitingStore inProcessWaitingStore() {
        return new InProcessWaitingStore();
    }

    @Bean
    DefaultLiveQueue liveQueue(WaitingStore store, TelephonyProperties properties) {
        return new DefaultLiveQueue(store, properties, Clock.systemUTC());
    }
}
