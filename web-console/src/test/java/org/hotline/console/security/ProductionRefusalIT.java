package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hotline.console.ExcludeTestApplicationsCustomizerFactory;
import org.hotline.console.HotlineApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The application itself, started as production starts it (profile {@code mysql}), refuses unsafe settings before it
 * creates a single bean; {@link ProductionSettingsTest} covers every setting one by one.
 */
class ProductionRefusalIT {

    @Test
    void theProductionProfileRefusesToStartWithTheTestSettings() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(HotlineApplication.class)
            .initializers(ExcludeTestApplicationsCustomizerFactory.initializer())
            .profiles("mysql")
            .run("--spring.datasource.url=jdbc:mysql://127.0.0.1:1/hotline?useSSL=false",
                "--spring.datasource.password=hotline",
                "--hotline.redis.password=",
                "--hotline.seed.demo-users=true",
                "--hotline.push.secret=integration-test-secret-0123456789",
                "--hotline.push.bus-secret=",
                "--hotline.knowledge.phone-hash-salt=",
                "--server.servlet.session.cookie.secure=false",
                "--hotline.channel.web.clients.demo.secret=demo-secret-change-me",
                "--hotline.fastagi.address=0.0.0.0", "--hotline.ami.host=203.0.113.9",
                "--server.port=0", "--hotline.push.port=-1"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("refusing to start")
            .hasMessageContaining("spring.datasource.password")
            .hasMessageContaining("verified TLS")
            .hasMessageContaining("hotline.redis.password")
            .hasMessageContaining("demo-users")
            .hasMessageContaining("hotline.push.secret")
            .hasMessageContaining("hotline.push.bus-secret")
            .hasMessageContaining("phone-hash-salt")
            .hasMessageContaining("cookie.secure")
            .hasMessageContaining("hotline.channel.web.clients.demo.secret")
            .hasMessageContaining("hotline.fastagi.address")
            .hasMessageContaining("AMI host 203.0.113.9");
    }

    @Test
    void theProductionDefaultsAloneRefuseAnEmptyDatabasePassword() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(HotlineApplication.class)
            .initializers(ExcludeTestApplicationsCustomizerFactory.initializer())
            .profiles("mysql")
            .run("--spring.datasource.password=", "--server.port=0", "--hotline.push.port=-1"))
            .hasMessageContaining("refusing to start");
    }
}
