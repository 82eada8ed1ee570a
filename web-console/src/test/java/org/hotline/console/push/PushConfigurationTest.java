package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PushConfigurationTest {

    private final PushConfiguration configuration = new PushConfiguration();
    private final CurrentUser agent = new CurrentUser("li.na", ConsoleRole.AGENT, null);

    @Test
    void failsFastWithoutASecretInProductionMode() {
        MockEnvironment production = new MockEnvironment().withProperty("hotline.mode", "production");

        assertThatThrownBy(() -> configuration.pushTokenCodec(new PushProperties(), production))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hotline.push.secret");
    }

    @Test
    void generatesADifferentSecretPerStartInEmbeddedMode() throws Exception {
        MockEnvironment embedded = new MockEnvironment().withProperty("hotline.mode", "embedded");
        PushTokenCodec first = configuration.pushTokenCodec(new PushProperties(), embedded);
        PushTokenCodec second = configuration.pushTokenCodec(new PushProperties(), embedded);

        String token = first.issue(agent).token();

        assertThat(first.verify(token)).isEqualTo(agent);
        assertThatThrownBy(() -> second.verify(token)).isInstanceOf(InvalidPushTokenException.class);
    }

    @Test
    void nodesWithTheSameConfiguredSecretAcceptEachOthersTokens() throws Exception {
        PushProperties properties = new PushProperties();
        properties.setSecret("a-cluster-wide-secret-of-32-bytes-or-more");
        MockEnvironment production = new MockEnvironment().withProperty("hotline.mode", "production");

        String token = configuration.pushTokenCodec(properties, production).issue(agent).token();

        assertThat(configuration.pushTokenCodec(properties, production).verify(token)).isEqualTo(agent);
    }

    @Test
    void refusesABindAddressTheTyrusContainerCannotHonour() {
        PushProperties properties = new PushProperties();
        properties.setHost("127.0.0.1");

        assertThatThrownBy(() -> new PushServer(properties, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hotline.push.host");
    }
}
