package org.hotline.console.push;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import redis.clients.jedis.JedisPooled;

/**
 * The push hub's beans. The bus is chosen by {@code hotline.redis.enabled}: Redis pub/sub across nodes (needs a
 * {@link JedisPooled} bean) or in-process for the embedded single node.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushProperties.class)
@MapperScan(basePackages = "org.hotline.console.push", annotationClass = Mapper.class)
public class PushConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PushConfiguration.class);

    @Bean
    PushTokenCodec pushTokenCodec(PushProperties properties, Environment environment) {
        String secret = properties.getSecret();
        if (secret == null || secret.isBlank()) {
            if ("production".equals(environment.getProperty("hotline.mode"))) {
                throw new IllegalStateException("hotline.push.secret is required when hotline.mode=production: "
                        + "every node must sign and verify push tokens with the same secret");
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            log.info("push token secret generated for this run (hotline.push.secret not set)");
            return new PushTokenCodec(random, properties.getTokenTtl(), Clock.systemUTC());
        }
        return new PushTokenCodec(secret.getBytes(StandardCharsets.UTF_8), properties.getTokenTtl(),
                Clock.systemUTC());
    }

    @Bean
    PushFrames pushFrames(ObjectMapper mapper) {
        return new PushFrames(mapper);
    }

    @Bean
    LocalSessions pushLocalSessions() {
        return new LocalSessions();
    }

    @Bean
    PushSessionTermination pushSessionTermination(LocalSessions sessions) {
        return new PushSessionTermination(sessions);
    }

    @Bean
    PushMessageStore pushMessageStore(PushMessageMapper mapper) {
        return new PushMessageStore(mapper);
    }

    @Bean
    @ConditionalOnProperty(name = "hotline.redis.enabled", havingValue = "false", matchIfMissing = true)
    InProcessPushBus inProcessPushBus(LocalSessions sessions) {
        return new InProcessPushBus(sessions);
    }

    @Bean
    @ConditionalOnProperty(name = "hotline.redis.enabled", havingValue = "true")
    RedisPushBus redisPushBus(JedisPooled jedis, PushProperties properties, LocalSessions sessions,
                              ObjectMapper mapper, PushCatchUp catchUp, PushMessageStore store, Environment environment,
                              ApplicationEventPublisher events) {
        return new RedisPushBus(jedis, properties, sessions, mapper, catchUp, store, busSigner(properties, environment),
                events);
    }

    /**
     * The bus secret; outside production, when unset, the token secret serves (tests and single-machine clusters
     * share it); production refuses to start without its own (see ProductionSettings).
     */
    static PushBusSigner busSigner(PushProperties properties, Environment environment) {
        String secret = properties.getBusSecret();
        if (secret == null || secret.isBlank()) {
            if ("production".equals(environment.getProperty("hotline.mode"))
                    && environment.getProperty("hotline.security.startup-checks", Boolean.class, false)) {
                throw new IllegalStateException("hotline.push.bus-secret is required in production");
            }
            secret = properties.getSecret();
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("hotline.push.bus-secret (or hotline.push.secret) is required with Redis");
        }
        return new PushBusSigner(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Bean
    DefaultPushHub pushHub(PushMessageStore store, PushBus bus, PushFrames frames) {
        return new DefaultPushHub(store, bus, frames, Clock.systemUTC());
    }

    @Bean
    SuggestionDispatcher pushSuggestionDispatcher(ObjectProvider<SuggestionProvider> providers, PushFrames frames,
                                                  PushProperties properties) {
        return new SuggestionDispatcher(providers, frames, properties);
    }

    @Bean
    PushCatchUp pushCatchUp(PushMessageStore store, PushFrames frames, PushProperties properties) {
        return new PushCatchUp(store, frames, properties);
    }

    @Bean
    PushProtocol pushProtocol(PushFrames frames, SuggestionDispatcher suggestions, PushCatchUp catchUp,
                              PushProperties properties) {
        return new PushProtocol(frames, suggestions, catchUp, properties);
    }

    @Bean
    @ConditionalOnProperty(name = "hotline.redis.enabled", havingValue = "false", matchIfMissing = true)
    InProcessPushTokenNonces inProcessPushTokenNonces() {
        return new InProcessPushTokenNonces(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(name = "hotline.redis.enabled", havingValue = "true")
    RedisPushTokenNonces redisPushTokenNonces(JedisPooled jedis, PushProperties properties) {
        return new RedisPushTokenNonces(jedis, properties.getRedisChannel() + ":nonce:", Clock.systemUTC());
    }

    @Bean
    PushServer pushServer(PushProperties properties, PushTokenCodec tokens, PushTokenNonces nonces,
                          LocalSessions sessions, PushProtocol protocol, PushCatchUp catchUp) {
        return new PushServer(properties,
                new PushEndpointContext(tokens, nonces, sessions, protocol, catchUp, properties));
    }

    @Bean
    PushRetention pushRetention(PushMessageStore store, PushProperties properties) {
        return new PushRetention(store, properties, Clock.systemUTC());
    }
}
