package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import org.glassfish.tyrus.client.ClientManager;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.push.TestPushClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Push sockets over real HTTP and WebSocket: a token opens one socket only, sockets close at logout, a foreign page's
 * origin is refused, sockets per user are capped.
 */
class PushSessionSecurityIT extends HotlineIntegrationSupport {

    private static final ClientManager SOCKETS = ClientManager.createClient();

    @Autowired
    ConsoleAccounts accounts;

    @Test
    void aTokenOpensOneSocketOnlyAndReplayIsRefused() {
        SessionClient session = new SessionClient(port, null);
        session.logIn("agent1", TestApi.PASSWORD);
        URI uri = socketUri(session.get("/api/push/token").json());
        try (TestPushClient first = TestPushClient.connect(SOCKETS, uri)) {
            assertThat(first.drainWithPing()).isNotNull();
            TestPushClient replay = TestPushClient.connect(SOCKETS, uri);
            assertThat(replay.awaitClose().getCloseCode().getCode()).isEqualTo(1008);
            assertThat(first.isOpen()).isTrue();
        }
    }

    @Test
    void socketsCloseWhenTheirSessionLogsOut() {
        SessionClient session = new SessionClient(port, null);
        session.logIn("dispatcher1", TestApi.PASSWORD);
        TestPushClient socket = TestPushClient.connect(SOCKETS, socketUri(session.get("/api/push/token").json()));
        assertThat(socket.drainWithPing()).isNotNull();

        assertThat(session.post("/logout", "").status()).isIn(204, 302);

        assertThat(socket.awaitClose().getCloseCode().getCode()).isEqualTo(1008);
    }

    @Test
    void aPageOfAnotherOriginCannotOpenASocket() {
        SessionClient session = new SessionClient(port, null);
        session.logIn("agent1", TestApi.PASSWORD);
        URI uri = socketUri(session.get("/api/push/token").json());
        ClientEndpointConfig foreign = ClientEndpointConfig.Builder.create()
            .configurator(new ClientEndpointConfig.Configurator() {
                @Override
                public void beforeRequest(Map<String, List<String>> headers) {
                    headers.put("Origin", List.of("https://evil.example"));
                }
            }).build();
        assertThatThrownBy(() -> SOCKETS.connectToServer(new Endpoint() {
            @Override
            public void onOpen(Session opened, EndpointConfig config) {
            }
        }, foreign, uri)).isInstanceOf(DeploymentException.class);
    }

    @Test
    void socketsPerUserAreCapped() {
        String username = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        api().post("admin", "/api/admin/users", Map.of("username", username, "password",
            AccountSecurityIT.TEMPORARY, "role", "AGENT"));
        accounts.changeOwnPassword(username, AccountSecurityIT.TEMPORARY, AccountSecurityIT.GOOD_PASSWORD);
        List<TestPushClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                TestPushClient socket = TestPushClient.connect(SOCKETS, socketUri(basicToken(username)));
                assertThat(socket.drainWithPing()).isNotNull();
                open.add(socket);
            }
            TestPushClient eleventh = TestPushClient.connect(SOCKETS, socketUri(basicToken(username)));
            assertThat(eleventh.awaitClose().getCloseCode().getCode()).isEqualTo(1013);
        } finally {
            open.forEach(TestPushClient::close);
        }
    }

    private JsonNode basicToken(String username) {
        SessionClient client = new SessionClient(port, null);
        return client.get("/api/push/token", b -> b.header("Authorization",
            SessionClient.basic(username, AccountSecurityIT.GOOD_PASSWORD))).json();
    }

    private static URI socketUri(JsonNode token) {
        return URI.create(token.get("url").asText() + "?token="
            + URLEncoder.encode(token.get("token").asText(), StandardCharsets.UTF_8));
    }
}
