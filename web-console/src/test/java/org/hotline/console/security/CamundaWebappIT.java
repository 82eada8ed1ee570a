package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.junit.jupiter.api.Test;

/**
 * Cockpit and Admin at {@code /camunda}: only for ADMIN users, with the session of the console's own login and no
 * second password; the console's pages keep their Content-Security-Policy.
 */
class CamundaWebappIT extends HotlineIntegrationSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anonymousVisitorsAreSentToTheConsoleLogin() throws Exception {
        Browser anonymous = new Browser();

        HttpResponse<String> cockpit = anonymous.get("/camunda/app/cockpit/default/");
        HttpResponse<String> api = anonymous.get("/camunda/api/engine/engine/default/process-definition");

        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.html"));
        assertThat(api.statusCode()).isEqualTo(302);
    }

    @Test
    void otherRolesAreRefusedEvenWhenSignedIn() throws Exception {
        Browser agent = new Browser().login("agent1");

        assertThat(agent.get("/camunda/api/engine/engine/default/process-definition").statusCode()).isEqualTo(403);
        assertThat(agent.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorsConsoleSessionOpensCockpitAndAdmin() throws Exception {
        Browser admin = new Browser().login("admin");

        HttpResponse<String> definitions = admin.get("/camunda/api/engine/engine/default/process-definition");
        assertThat(definitions.statusCode()).as(definitions.body()).isEqualTo(200);
        assertThat(JSON.readTree(definitions.body()).findValuesAsText("key")).contains("ticketLifecycle");

        HttpResponse<String> user = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).as(user.body()).isEqualTo(200);
        JsonNode authentication = JSON.readTree(user.body());
        assertThat(authentication.get("userId").asText()).isEqualTo("admin");
        assertThat(authentication.get("authorizedApps").toString()).contains("cockpit", "admin");

        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.headers().allValues("Content-Security-Policy"))
            .noneMatch(policy -> policy.contains("connect-src 'self' ws: wss:"));
    }

    @Test
    void camundasOwnLoginAdmitsNoConsoleUser() throws Exception {
        Browser admin = new Browser().login("admin");
        admin.get("/camunda/api/admin/auth/user/default");

        // The mirrored Camunda user has a random password: the console password opens nothing there.
        HttpResponse<String> ownLogin = new Browser().postForm("/camunda/api/admin/auth/user/default/login/cockpit",
            "username=admin&password=" + TestApi.PASSWORD);
        assertThat(ownLogin.statusCode()).isIn(302, 401, 403);
    }

    @Test
    void anAdministratorWhoMustChangeThePasswordGetsNoCockpitUntilChangedAndNoneOnceDisabled() {
        String username = "ck-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        TestApi api = api();
        assertThat(api.post("admin", "/api/admin/users", Map.of("username", username,
            "password", AccountSecurityIT.TEMPORARY, "role", "ADMIN")).status()).isEqualTo(201);
        SessionClient session = new SessionClient(port, null);
        assertThat(session.logIn(username, AccountSecurityIT.TEMPORARY)).endsWith("/");

        TestApi.Response refused = session.get("/camunda/api/engine/engine/default/process-definition");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asText()).isEqualTo("password-change-required");
        TestApi.Response page = session.get("/camunda/app/cockpit/default/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.contentType()).as("redirected to the console").endsWith("/");
        assertThat(session.get("/camunda/api/admin/auth/user/default").status()).isIn(302, 403);

        assertThat(session.post("/api/me/password", Map.of("currentPassword", AccountSecurityIT.TEMPORARY,
            "newPassword", AccountSecurityIT.GOOD_PASSWORD)).status()).isEqualTo(204);
        assertThat(session.get("/camunda/api/engine/engine/default/process-definition").status()).isEqualTo(200);
        assertThat(session.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);

        assertThat(api.post("admin", "/api/admin/users/" + username + "/disable", Map.of()).status())
            .isEqualTo(204);
        TestApi.Response afterDisable = session.get("/camunda/api/engine/engine/default/process-definition");
        assertThat(afterDisable.status()).isEqualTo(302);
        assertThat(afterDisable.contentType()).endsWith("/login.html");
        assertThat(session.get("/camunda/app/cockpit/default/").status()).isEqualTo(302);
    }

    @Test
    void theConsolesPagesKeepTheirContentSecurityPolicy() throws Exception {
        Browser admin = new Browser().login("admin");

        HttpResponse<String> console = admin.get("/");

        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.headers().firstValue("Content-Security-Policy"))
            .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'"));
    }

    /** A client that keeps cookies, like a browser, and does not follow redirects. */
    private final class Browser {
        private final LoopbackCookies cookies = new LoopbackCookies();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        Browser login(String user) throws IOException, InterruptedException {
            get("/login.html");
            String token = cookies.value("XSRF-TOKEN").orElseThrow();
            HttpResponse<String> login = postForm("/login", "username=" + user + "&password=" + TestApi.PASSWORD
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            return this;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }

    /**
     * One origin's cookies, sent back also when they are {@code Secure}: the production profile marks the session
     * cookie {@code Secure}, and browsers treat loopback as a secure context while the JDK's CookieManager sends
     * {@code Secure} cookies over https only.
     */
    private static final class LoopbackCookies extends CookieHandler {
        private final Map<String, String> jar = new ConcurrentHashMap<>();

        Optional<String> value(String name) {
            return Optional.ofNullable(jar.get(name));
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (jar.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    values.forEach(header -> HttpCookie.parse(header).forEach(cookie -> {
                        if (cookie.getMaxAge() == 0) {
                            jar.remove(cookie.getName());
                        } else {
                            jar.put(cookie.getName(), cookie.getValue());
                        }
                    }));
                }
            });
        }
    }
}
