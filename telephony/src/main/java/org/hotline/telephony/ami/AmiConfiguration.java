package org.hotline.telephony.ami;

import org.hotline.telephony.AgentStates;
import org.hotline.telephony.config.TelephonyProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import redis.clients.jedis.JedisPooled;

/**
 * The AMI beans: lease, translator, links (lifecycle and health) and the telephony actions. With Redis
 * ({@code hotline.redis.enabled=true}) the nodes of a cluster share a lease so each call is reported once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AmiProperties.class)
class AmiConfiguration {

    @Bean
    @ConditionalOnProperty(name = "hotline.redis.enabled", havingValue = "true")
    RedisAmiLease redisAmiLease(JedisPooled jedis, AmiProperties properties,
                                @Value("${hotline.telephony.redis-prefix:hotline:telephony:}") String prefix) {
        return new RedisAmiLease(jedis, prefix, properties.getLeaseTtl());
    }

    @Bean
    @ConditionalOnProperty(name = "hotline.redis.enabled", havingValue = "false", matchIfMissing = true)
    SoleNodeLease soleNodeLease() {
        return new SoleNodeLease();
    }

    /** Every node tracks live calls; only the lease holder publishes what happened to them. */
    @Bean
    AmiEventTranslator amiEventTranslator(ApplicationEventPublisher publisher, AgentStates agentStates,
                                          TelephonyProperties properties, AmiLease lease) {
        ApplicationEventPublisher leaderOnly = event -> {
            if (lease.isLeader()) {
                publisher.publishEvent(event);
            }
        };
        return new AmiEventTranslator(leaderOnly, agentStates, properties);
    }

    @Bean
    AmiLinks amiLinks(AmiProperties properties, AmiEventTranslator translator, TelephonyProperties telephony) {
        return new AmiLinks(properties, translator, telephony.getQueue());
    }

    @Bean
    AmiTelephonyService telephonyService(AmiLinks links, AmiEventTranslator translator, AgentStates agentStates,
                                         TelephonyProperties properties, ApplicationEventPublisher publisher) {
        return new AmiTelephonyService(links, translator, agentStates, properties, publisher);
    }

    @Bean
    AnsweredCallRecorder answeredCallRecorder(AmiTelephonyService telephony, TelephonyProperties properties) {
        return new AnsweredCallRecorder(telephony, properties);
    }
}
