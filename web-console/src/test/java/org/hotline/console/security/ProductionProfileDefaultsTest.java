package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The production profile's own defaults, as shipped in {@code application.yml} (the integration tests run it with
 * test overrides): HTTP Basic off, the start-up checks on, the session cookie {@code Secure}, a second factor
 * optional, the embedded default bound to loopback.
 */
class ProductionProfileDefaultsTest {

    @Test
    void theProductionProfileShipsFailClosedDefaults() throws IOException {
        List<PropertySource<?>> documents = new YamlPropertySourceLoader().load("application.yml",
            new ClassPathResource("application.yml"));
        PropertySource<?> embedded = documents.get(0);
        PropertySource<?> production = documents.stream()
            .filter(d -> "mysql".equals(String.valueOf(d.getProperty("spring.config.activate.on-profile"))))
            .findFirst().orElseThrow();

        assertThat(production.getProperty("hotline.security.http-basic")).hasToString("${HOTLINE_HTTP_BASIC:false}");
        assertThat(production.getProperty("hotline.security.startup-checks")).hasToString("true");
        assertThat(production.getProperty("server.servlet.session.cookie.secure"))
            .hasToString("${HOTLINE_COOKIE_SECURE:true}");
        assertThat(embedded.getProperty("server.address")).hasToString("${HOTLINE_BIND_ADDRESS:127.0.0.1}");
        assertThat(embedded.getProperty("server.servlet.session.timeout")).hasToString("${HOTLINE_SESSION_TIMEOUT:30m}");
        assertThat(embedded.getProperty("server.forward-headers-strategy")).hasToString("${HOTLINE_FORWARD_HEADERS:native}");
        assertThat(embedded.getProperty("hotline.security.totp.required-roles"))
            .hasToString("${HOTLINE_TOTP_REQUIRED_ROLES:}");
    }
}
