package org.hotline.console.infra;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/**
 * The one Jedis pool of a node, shared by the push hub, agent states and the other Redis-backed adapters. Exists
 * only with {@code hotline.redis.enabled=true} (profile {@code mysql}); the embedded default uses in-process
 * implementations instead. Redis AUTH ({@code hotline.redis.username}, {@code hotline.redis.password}) and TLS
 * ({@code hotline.redis.ssl}) are configurable; production refuses to start without a password.
 */
@Configuration
@ConditionalOnProperty(name = "hotline.redis.enabled", havingValue = "true")
class RedisConfiguration {

    @Bean(destroyMethod = "close")
    JedisPooled jedisPooled(@Value("${hotline.redis.host:127.0.0.1}") String host,
                            @Value("${hotline.redis.port:6379}") int port,
                            @Value("${hotline.redis.username:}") String username,
                            @Value("${hotline.redis.password:}") String password,
                            @Value("${hotline.redis.ssl:false}") boolean ssl,
                            @Value("${hotline.redis.timeout-millis:2000}") int timeoutMillis) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
            .timeoutMillis(timeoutMillis)
            .clientName("hotline");
        if (!username.isBlank()) {
            config.user(username);
        }
        if (!password.isBlank()) {
            config.password(password);
        }
        // TLS verifies the server against the JVM's trust store (javax.net.ssl.trustStore) and its host name.
        config.ssl(ssl);
        return new JedisPooled(new HostAndPort(host, port), config.build());
    }
}
