package org.hotline.console.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Fail-closed production: when {@code hotline.security.startup-checks=true} (the {@code mysql} profile), the
 * application refuses to start, before any bean is created, with a default or empty database password, a database
 * connection without verified TLS, Redis without a password, demo users, a push or bus secret that is empty, short
 * or a published sample, no phone-hash salt, or a session cookie without {@code Secure}. Every problem is listed in
 * the one exception. Registered in {@code META-INF/spring.factories}.
 */
public final class ProductionSettings implements EnvironmentPostProcessor, Ordered {

    /** Values published in this repository's documentation and tests; never a production secret. */
    static final Set<String> SAMPLE_SECRETS = Set.of("", "hotline", "password", "changeme", "change-me", "secret",
        "root", "admin", "123456", "hotline-knowledge", "integration-test-secret-0123456789",
        "push-integration-tests-secret-0123456789abcdef", "change-me-to-at-least-32-random-bytes");
    private static final int MIN_SECRET_BYTES = 32;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("hotline.security.startup-checks", Boolean.class, false)) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to start with unsafe production settings (see SECURITY.md): "
                + String.join("; ", problems));
        }
    }

    @Override
    public int getOrder() {
        // After Spring Boot has loaded application.yml and the profiles (ConfigDataEnvironmentPostProcessor).
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** @return one sentence per unsafe setting; empty when production may start */
    static List<String> problems(Environment env) {
        List<String> problems = new ArrayList<>();
        String dbPassword = env.getProperty("spring.datasource.password", "");
        if (isSample(dbPassword)) {
            problems.add("spring.datasource.password (HOTLINE_DB_PASSWORD) is empty or a default value");
        }
        String url = env.getProperty("spring.datasource.url", "").toLowerCase(Locale.ROOT);
        if (!(url.contains("sslmode=verify_identity") || url.contains("sslmode=verify_ca"))
                || url.contains("usessl=false")) {
            problems.add("spring.datasource.url must use verified TLS (sslMode=VERIFY_IDENTITY or VERIFY_CA, "
                + "HOTLINE_DB_SSL_MODE), never useSSL=false");
        }
        if (env.getProperty("hotline.redis.enabled", Boolean.class, false)
                && env.getProperty("hotline.redis.password", "").isBlank()) {
            problems.add("hotline.redis.password (HOTLINE_REDIS_PASSWORD) is empty");
        }
        if (env.getProperty("hotline.seed.demo-users", Boolean.class, false)) {
            problems.add("hotline.seed.demo-users is on");
        }
        checkSecret(env, "hotline.push.secret", "HOTLINE_PUSH_SECRET", problems);
        if (env.getProperty("hotline.redis.enabled", Boolean.class, false)) {
            checkSecret(env, "hotline.push.bus-secret", "HOTLINE_PUSH_BUS_SECRET", problems);
        }
        // Unset, the push secret (checked above) encrypts the TOTP secrets; set, it must be as strong.
        if (!env.getProperty("hotline.security.totp.encryption-key", "").isBlank()) {
            checkSecret(env, "hotline.security.totp.encryption-key", "HOTLINE_TOTP_ENCRYPTION_KEY", problems);
        }
        if (isSample(env.getProperty("hotline.knowledge.phone-hash-salt", ""))
                || env.getProperty("hotline.knowledge.phone-hash-salt", "").length() < 16) {
            problems.add("hotline.knowledge.phone-hash-salt (HOTLINE_PHONE_HASH_SALT) is missing, shorter than 16 "
                + "characters or the default");
        }
        if (!env.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)) {
            problems.add("server.servlet.session.cookie.secure (HOTLINE_COOKIE_SECURE) is off");
        }
        return problems;
    }

    private static void checkSecret(Environment env, String key, String variable, List<String> problems) {
        String secret = env.getProperty(key, "");
        if (isSample(secret) || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            problems.add(key + " (" + variable + ") is missing, shorter than " + MIN_SECRET_BYTES
                + " bytes or a published sample value");
        }
    }

    private static boolean isSample(String value) {
        return value == null || SAMPLE_SECRETS.contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
