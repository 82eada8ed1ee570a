package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.websocket.CloseReason;
import org.glassfish.tyrus.client.ClientManager;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.console.push.TestPushClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Accounts and logins over real HTTP and WebSocket: brute force slowed and locked without locking the owner out,
 * CSRF refused for cookie sessions without the token, the first login's password change, the audited account
 * lifecycle and its immediate end of sessions and sockets, API keys.
 */
class AccountSecurityIT extends HotlineIntegrationSupport {

    static final String GOOD_PASSWORD = "river-lantern-73-copper";
    static final String TEMPORARY = "temporary-pass-Q7x";
    static final Map<String, Object> TICKET = Map.of("channel", "web", "type", "help", "categoryCode", "C0401",
        "content", "想咨询公积金提取进度，已经提交两周");
    private static final ClientManager SOCKETS = ClientManager.createClient();

    @Autowired
    ConsoleAccounts accounts;

    TestApi api;

    @BeforeEach
    void connect() {
        api = api();
    }

    /** A fresh agent account created by the administrator, its password already changed by its user. */
    private String agent(String password) {
        String username = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = api.post("admin", "/api/admin/users", Map.of("username", username,
            "password", TEMPORARY, "role", "AGENT"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("mustChangePassword").asBoolean()).isTrue();
        accounts.changeOwnPassword(username, TEMPORARY, password);
        return username;
    }

    private Response basic(String username, String password, String address) {
        SessionClient client = new SessionClient(port, address);
        return client.post("/api/tickets", TICKET, b -> b.header("Authorization",
            SessionClient.basic(username, password)));
    }

    @Test
    void bruteForceOnOneAccountIsLockedForStrangersButNotForTheOwnersWorkstation() {
        String owner = agent(GOOD_PASSWORD);
        assertThat(basic(owner, GOOD_PASSWORD, "10.20.0.1").status()).isEqualTo(201);

        for (int i = 0; i < 5; i++) {
            assertThat(basic(owner, "guess-" + i, "10.66.0." + i).status()).isEqualTo(401);
        }
        Response locked = basic(owner, GOOD_PASSWORD, "10.66.0.9");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("code").asText()).isEqualTo("login-locked");

        assertThat(basic(owner, GOOD_PASSWORD, "10.20.0.1").status()).isEqualTo(201);
    }

    @Test
    void anAddressGuessingAcrossAccountsIsLockedEvenForUnknownNames() {
        for (int i = 0; i < 20; i++) {
            assertThat(basic("nobody-" + i, "guess", "10.77.0.1").status()).isEqualTo(401);
        }
        Response locked = basic("agent1", TestApi.PASSWORD, "10.77.0.1");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(basic("agent1", TestApi.PASSWORD, "10.77.0.2").status()).isEqualTo(201);
    }

    @Test
    void theLoginFormIsLockedToo() {
        String owner = agent(GOOD_PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(new SessionClient(port, "10.88.0.1").logIn(owner, "guess-" + i)).endsWith("/login.html?error");
        }
        assertThat(new SessionClient(port, "10.88.0.2").logIn(owner, GOOD_PASSWORD)).endsWith("/login.html?locked");
    }

    @Test
    void csrfIsRefusedForCookieSessionsWithoutTheTokenWhateverOtherHeadersTheyCarry() {
        SessionClient session = new SessionClient(port, null);
        assertThat(session.logIn("agent1", TestApi.PASSWORD)).endsWith("/");

        assertThat(session.post("/api/tickets", TICKET, b -> { }).status()).isEqualTo(403);
        assertThat(session.post("/api/tickets", TICKET, b -> b.header("Authorization", "Bearer forged")).status())
            .isEqualTo(403);
        assertThat(session.post("/api/tickets", TICKET,
            b -> b.header("Authorization", SessionClient.basic("agent1", TestApi.PASSWORD))).status())
            .isEqualTo(403);
        assertThat(session.post("/api/tickets", TICKET, b -> b.header("X-Hotline-Api-Key", "hk_forged")).status())
            .isIn(401, 403);
        assertThat(session.post("/api/tickets", TICKET).status()).isEqualTo(201);
        assertThat(api.post("agent1", "/api/tickets", TICKET).status()).isEqualTo(201);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        SessionClient session = new SessionClient(port, null);
        session.logIn("agent1", TestApi.PASSWORD);
        assertThat(session.lastSetCookies()).anySatisfy(cookie -> assertThat(cookie)
            .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
    }

    @Test
    void aNewAccountMustChangeItsPasswordFirstAndUsersChangeTheirOwn() {
        String username = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        String temporary = TEMPORARY;
        api.post("admin", "/api/admin/users", Map.of("username", username, "password", temporary, "role", "AGENT"));
        SessionClient session = new SessionClient(port, null);
        assertThat(session.logIn(username, temporary)).endsWith("/");

        assertThat(session.get("/api/me").json().get("mustChangePassword").asBoolean()).isTrue();
        Response blocked = session.get("/api/tickets");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("code").asText()).isEqualTo("password-change-required");

        Response weak = session.post("/api/me/password", Map.of("currentPassword", temporary,
            "newPassword", "password1234"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.json().get("code").asText()).isEqualTo("weak-password");
        assertThat(session.post("/api/me/password", Map.of("currentPassword", "not-it-at-all",
            "newPassword", GOOD_PASSWORD)).status()).isEqualTo(403);
        assertThat(session.post("/api/me/password", Map.of("currentPassword", temporary,
            "newPassword", GOOD_PASSWORD)).status()).isEqualTo(204);

        assertThat(session.get("/api/tickets").status()).isEqualTo(200);
        assertThat(session.get("/api/me").json().get("mustChangePassword").asBoolean()).isFalse();
        assertThat(basic(username, temporary, "10.30.0.1").status()).isEqualTo(401);
        assertThat(basic(username, GOOD_PASSWORD, "10.30.0.1").status()).isEqualTo(201);
        assertThat(api.post("admin", "/api/admin/users", Map.of("username", username + "x",
            "password", "short", "role", "AGENT")).status()).isEqualTo(422);
    }

    @Test
    void disablingAUserEndsItsSessionsAndClosesItsSocketsAtOnceAndIsAudited() {
        String username = agent(GOOD_PASSWORD);
        SessionClient session = new SessionClient(port, null);
        assertThat(session.logIn(username, GOOD_PASSWORD)).endsWith("/");
        TestPushClient socket = openSocket(session);
        assertThat(socket.drainWithPing()).isNotNull();

        assertThat(api.post("admin", "/api/admin/users/" + username + "/disable", Map.of()).status())
            .isEqualTo(204);

        CloseReason reason = socket.awaitClose();
        assertThat(reason.getCloseCode().getCode()).isEqualTo(1008);
        Response ended = session.get("/api/tickets");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(basic(username, GOOD_PASSWORD, "10.40.0.1").status()).isEqualTo(401);
        assertThat(new SessionClient(port, null).logIn(username, GOOD_PASSWORD)).endsWith("/login.html?error");

        JsonNode audit = api.get("admin", "/api/admin/users/" + username + "/audit").json();
        assertThat(audit).extracting(row -> row.get("action").asText() + " by " + row.get("actor").asText())
            .containsExactly("CREATED by admin", "PASSWORD_CHANGED by " + username, "DISABLED by admin");
    }

    @Test
    void roleChangeAndPasswordResetEndSessionsAndAreAuditedWithTheActor() {
        String username = agent(GOOD_PASSWORD);
        SessionClient session = new SessionClient(port, null);
        session.logIn(username, GOOD_PASSWORD);
        assertThat(session.get("/api/tickets").status()).isEqualTo(200);

        assertThat(api.put("admin", "/api/admin/users/" + username + "/role",
            Map.of("role", "DEPARTMENT", "departmentCode", "GJJ")).status()).isEqualTo(204);
        assertThat(session.get("/api/tickets").status()).isEqualTo(401);

        assertThat(api.post("admin", "/api/admin/users/" + username + "/password",
            Map.of("temporaryPassword", "reset-by-the-admin-4")).status()).isEqualTo(204);
        SessionClient again = new SessionClient(port, null);
        again.logIn(username, "reset-by-the-admin-4");
        assertThat(again.get("/api/tickets").json().get("code").asText()).isEqualTo("password-change-required");

        List<String> actions = api.get("admin", "/api/admin/users/" + username + "/audit").json()
            .findValuesAsText("action");
        assertThat(actions).containsExactly("CREATED", "PASSWORD_CHANGED", "ROLE_CHANGED", "PASSWORD_RESET");
        assertThat(api.post("agent1", "/api/admin/users/" + username + "/disable", Map.of()).status())
            .isEqualTo(403);
    }

    @Test
    void anApiKeyAuthenticatesWithoutASessionUntilRevoked() {
        String integration = agent(GOOD_PASSWORD);
        Response issued = api.post("admin", "/api/admin/users/" + integration + "/api-keys",
            Map.of("label", "city app gateway"));
        assertThat(issued.status()).isEqualTo(201);
        String key = issued.json().get("key").asText();
        long id = issued.json().get("id").asLong();

        SessionClient client = new SessionClient(port, "10.50.0.1");
        Response registered = client.post("/api/tickets", TICKET, b -> b.header("X-Hotline-Api-Key", key));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(client.cookie("JSESSIONID")).isNull();
        SessionClient basicClient = new SessionClient(port, "10.50.0.2");
        assertThat(basicClient.post("/api/tickets", TICKET, b -> b.header("Authorization",
            SessionClient.basic(integration, GOOD_PASSWORD))).status()).isEqualTo(201);
        assertThat(basicClient.cookie("JSESSIONID")).as("HTTP Basic creates no session").isNull();
        assertThat(api.get("admin", "/api/admin/users/" + integration + "/api-keys").body()).doesNotContain(key)
            .doesNotContain(IntegrationApiKeys.sha256(key));

        assertThat(client.post("/api/tickets", TICKET, b -> b.header("X-Hotline-Api-Key", key + "x")).status())
            .isEqualTo(401);
        SessionClient admin = new SessionClient(port, null);
        admin.logIn("admin", TestApi.PASSWORD);
        assertThat(admin.send("DELETE", "/api/admin/users/" + integration + "/api-keys/" + id).status())
            .isEqualTo(204);
        assertThat(client.post("/api/tickets", TICKET, b -> b.header("X-Hotline-Api-Key", key)).status())
            .isEqualTo(401);
    }

    @Test
    void theFirstAdministratorIsCreatedOnlyWhenThereIsNone() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.bootstrapAdmin("root2", GOOD_PASSWORD))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("exists already");
    }

    @Test
    void theLoginPageOffersNoDemoAccountsOutsideTheEmbeddedMode() {
        assertThat(new SessionClient(port, null).get("/login-info").json().get("demoUsers").asBoolean()).isFalse();
    }

    private TestPushClient openSocket(SessionClient session) {
        JsonNode token = session.get("/api/push/token").json();
        return TestPushClient.connect(SOCKETS, URI.create(token.get("url").asText() + "?token="
            + URLEncoder.encode(token.get("token").asText(), StandardCharsets.UTF_8)));
    }
}
