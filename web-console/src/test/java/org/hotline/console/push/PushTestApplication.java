package org.hotline.console.push;

import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/**
 * The slim context of the push hub's integration tests: the push beans, a datasource, Flyway with the console
 * migrations, MyBatis and Jackson, a {@link TestSuggestionProvider}, and a {@link JedisPooled} when Redis is enabled
 * (the application provides that bean itself). Activate profile {@code pushtest}.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class,
        FlywayAutoConfiguration.class,
        MybatisAutoConfiguration.class})
@Import(PushConfiguration.class)
public class PushTestApplication {

    @Bean
    TestSuggestionProvider testSuggestionProvider() {
        return new TestSuggestionProvider();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "hotline.redis.enabled", havingValue = "true")
    JedisPooled jedisPooled(@Value("${hotline.test.redis.host:127.0.0.1}") String host,
                            @Value("${hotline.test.redis.port:6379}") int port,
                            @Value("${hotline.test.redis.client-name:hotline-push-test}") String clientName) {
        return new JedisPooled(new HostAndPort(host, port),
                DefaultJedisClientConfig.builder().clientName(clientName).build());
    }
}
