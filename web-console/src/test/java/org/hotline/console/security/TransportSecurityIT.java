package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.servlet.http.HttpSession;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The session behind a TLS-terminating proxy, over real HTTP: the proxy's {@code X-Forwarded-Proto: https} (from a
 * trusted address) makes the session cookie {@code Secure}, {@code X-Forwarded-For} is the address the login
 * throttle counts, sessions time out after the configured idle time, and the OpenAPI document needs a login.
 */
class TransportSecurityIT extends HotlineIntegrationSupport {

    @Autowired
    SessionTermination sessions;

    @Test
    void behindTheTlsProxyTheSessionCookieIsSecureHttpOnlyAndSameSiteStrict() {
        SessionClient behindProxy = new SessionClient(port, "10.95.0.1");
        behindProxy.get("/login.html", b -> b.header("X-Forwarded-Proto", "https"));
        String form = "username=agent1&password=" + TestApi.PASSWORD + "&_csrf="
            + java.net.URLEncoder.encode(behindProxy.cookie("XSRF-TOKEN"), java.nio.charset.StandardCharsets.UTF_8);
        TestApi.Response login = behindProxy.postForm("/login", form, b -> b.header("X-Forwarded-Proto", "https"));
        assertThat(login.contentType()).doesNotContain("error");
        assertThat(behindProxy.lastSetCookies()).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
            .containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));

        SessionClient plain = new SessionClient(port, "10.95.0.2");
        plain.logIn("agent1", TestApi.PASSWORD);
        assertThat(plain.lastSetCookies()).as("the test profile sets no Secure by itself (production does)")
            .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void aSessionEndsAfterTheConfiguredIdleTime() {
        SessionClient session = new SessionClient(port, "10.95.0.3");
        session.logIn("dispatcher1", TestApi.PASSWORD);
        Set<HttpSession> open = sessions.sessionsOf("dispatcher1");
        assertThat(open).isNotEmpty().allSatisfy(s -> assertThat(s.getMaxInactiveInterval()).isEqualTo(30 * 60));
    }

    @Test
    void theOpenApiDocumentNeedsALogin() {
        assertThat(new SessionClient(port, null).get("/v3/api-docs").status()).isEqualTo(401);
        assertThat(new SessionClient(port, null).get("/swagger-ui/index.html").status()).isIn(302, 401);
        assertThat(api().get("agent1", "/v3/api-docs").status()).isEqualTo(200);
    }
}
