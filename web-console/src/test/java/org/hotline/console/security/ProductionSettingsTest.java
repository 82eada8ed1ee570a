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
