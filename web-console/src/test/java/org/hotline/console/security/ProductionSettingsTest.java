package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Each unsafe production setting on its own is refused; the safe set passes. */
class ProductionSettingsTest {

    static MockEnvironment safe() {
        return new MockEnvironment()
            .withProperty("hotline.security.startup-checks", "true")
            .withProperty("spring.datasource.password", "Zq8-db-Secret-from-vault")
            .withProperty("spring.datasource.url",
                "jdbc:mysql://db.internal:3306/hotline?sendFractionalSeconds=false&sslMode=VERIFY_IDENTITY")
            .withProperty("hotline.redis.enabled", "true")
            .withProperty("hotline.redis.password", "redis-secret-from-vault")
            .withProperty("hotline.seed.demo-users", "false")
            .withProperty("hotline.push.secret", "a-real-push-secret-of-at-least-32-bytes")
            .withProperty("hotline.push.bus-secret", "a-real-bus-secret-of-at-least-32-bytes!")
            .withProperty("hotline.knowledge.phone-hash-salt", "a-real-salt-0123456789")
            .withProperty("server.servlet.session.cookie.secure", "true");
    }

    @Test
    void aSafeProductionConfigurationStarts() {
        assertThat(ProductionSettings.problems(safe())).isEmpty();
    }

    @Test
    void refusesADefaultOrEmptyDatabasePassword() {
        assertRefused(safe().withProperty("spring.datasource.password", "hotline"), "spring.datasource.password");
        assertRefused(safe().withProperty("spring.datasource.password", ""), "spring.datasource.password");
    }

    @Test
    void refusesADatabaseConnectionWithoutVerifiedTls() {
        assertRefused(safe().withProperty("spring.datasource.url", "jdbc:mysql://db/hotline?useSSL=false"),
            "verified TLS");
        assertRefused(safe().withProperty("spring.datasource.url", "jdbc:mysql://db/hotline?sslMode=REQUIRED"),
            "verified TLS");
    }

    @Test
    void refusesRedisWithoutAPassword() {
        assertRefused(safe().withProperty("hotline.redis.password", ""), "hotline.redis.password");
    }

    @Test
    void refusesDemoUsers() {
        assertRefused(safe().withProperty("hotline.seed.demo-users", "true"), "demo-users");
    }

    @Test
    void refusesTheSampleOrAShortPushSecret() {
        assertRefused(safe().withProperty("hotline.push.secret", "integration-test-secret-0123456789"),
            "hotline.push.secret");
        assertRefused(safe().withProperty("hotline.push.secret", "short"), "hotline.push.secret");
        assertRefused(safe().withProperty("hotline.push.bus-secret", ""), "hotline.push.bus-secret");
    }

    @Test
    void refusesAShortTotpEncryptionKeyButAcceptsTheFallbackToThePushSecret() {
        assertRefused(safe().withProperty("hotline.security.totp.encryption-key", "short"),
            "hotline.security.totp.encryption-key");
        assertThat(ProductionSettings.problems(safe().withProperty("hotline.security.totp.encryption-key",
            "a-real-totp-key-of-at-least-32-bytes-long"))).isEmpty();
    }

    @Test
    void refusesFastAgiOnAPublicOrWildcardAddressUnlessTheWildcardIsAllowed() {
        assertRefused(safe().withProperty("hotline.fastagi.address", "203.0.113.7"), "hotline.fastagi.address");
        assertRefused(safe().withProperty("hotline.fastagi.address", "0.0.0.0"), "hotline.fastagi.address");
        assertRefused(safe().withProperty("hotline.fastagi.address", "::"), "hotline.fastagi.address");
        assertThat(ProductionSettings.problems(safe().withProperty("hotline.fastagi.address", "0.0.0.0")
            .withProperty("hotline.security.allow-wildcard-fastagi-address", "true"))).isEmpty();
        for (String inside : List.of("127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.20", "fd12:3456::1", "::1")) {
            assertThat(ProductionSettings.problems(safe().withProperty("hotline.fastagi.address", inside)))
                .as(inside).isEmpty();
        }
        assertThat(ProductionSettings.problems(safe().withProperty("hotline.fastagi.address", "203.0.113.7")
            .withProperty("hotline.fastagi.enabled", "false"))).as("FastAGI off").isEmpty();
    }

    @Test
    void refusesAnAmiHostOnAPublicAddress() {
        assertRefused(safe().withProperty("hotline.ami.host", "198.51.100.20"), "AMI host 198.51.100.20");
        assertRefused(safe().withProperty("hotline.ami.servers[0].host", "10.0.0.5")
            .withProperty("hotline.ami.servers[1].host", "198.51.100.21"), "AMI host 198.51.100.21");
        assertRefused(safe().withProperty("hotline.ami.host", "0.0.0.0"), "AMI host");
        assertThat(ProductionSettings.problems(safe().withProperty("hotline.ami.host", "10.0.0.5")
            .withProperty("hotline.ami.servers[0].host", "192.168.10.2"))).isEmpty();
    }

    @Test
    void refusesTheWebChannelsSampleClientSecret() {
        assertRefused(safe().withProperty("hotline.channel.web.clients.demo.secret", "demo-secret-change-me"),
            "HOTLINE_CHANNEL_WEB_DEMO_SECRET");
        assertThat(ProductionSettings.problems(safe().withProperty("hotline.channel.web.clients.demo.secret",
            "a-real-client-secret-from-the-vault"))).isEmpty();
    }

    @Test
    void refusesAMissingOrDefaultPhoneHashSalt() {
        assertRefused(safe().withProperty("hotline.knowledge.phone-hash-salt", ""), "phone-hash-salt");
        assertRefused(safe().withProperty("hotline.knowledge.phone-hash-salt", "hotline-knowledge"),
            "phone-hash-salt");
    }

    @Test
    void refusesASessionCookieWithoutSecure() {
        assertRefused(safe().withProperty("server.servlet.session.cookie.secure", "false"), "cookie.secure");
    }

    private static void assertRefused(MockEnvironment environment, String mention) {
        List<String> problems = ProductionSettings.problems(environment);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains(mention);
    }
}
