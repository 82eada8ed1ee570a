package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

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
    void theConsolesPagesKeepTheirContentSecurityPolicy() throws Exception {
        Browser admin = new Browser().login("admin");

        HttpResponse<String> console = admin.get("/");

        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.headers().firstValue("Content-Security-Policy"))
            .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'"));
    }

    /** A client that keeps cookies, like a browser, and does not follow redirects. */
    private final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        Browser login(String user) throws IOException, InterruptedException {
            get("/login.html");
            String token = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
                .orElseThrow();
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
}
