package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second factor over real HTTP: enrolment with a code computed here (RFC 6238), the login's second step with
 * the session unauthenticated before it, a code accepted once, recovery codes, disabling, an administrator's reset,
 * HTTP Basic refused for such accounts, and the roles that must enrol.
 */
class SecondFactorIT extends HotlineIntegrationSupport {

    @Autowired
    ConsoleAccounts accounts;

    @Autowired
    SecurityProperties properties;

    @Autowired
    TotpMapper totp;

    private String user(String role) {
        String username = "tf-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = api().post("admin", "/api/admin/users", Map.of("username", username,
            "password", AccountSecurityIT.TEMPORARY, "role", role));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        accounts.changeOwnPassword(username, AccountSecurityIT.TEMPORARY, AccountSecurityIT.GOOD_PASSWORD);
        return username;
    }

    private SessionClient logIn(String username) {
        SessionClient session = client();
        assertThat(session.logIn(username, AccountSecurityIT.GOOD_PASSWORD)).endsWith("/");
        return session;
    }

    /** A client at an address of its own, so that the wrong codes here never lock another test's address. */
    private SessionClient client() {
        return new SessionClient(port, "10.93." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250));
    }

    private static long step() {
        return Totp.step(Instant.now().getEpochSecond());
    }

    /** @return the recovery codes; {@code secret} receives the Base32 secret */
    private static List<String> enrol(SessionClient session, List<String> secret) {
        Response begun = session.post("/api/me/totp", Map.of());
        assertThat(begun.status()).as(begun.toString()).isEqualTo(200);
        String base32 = begun.json().get("secret").asText();
        assertThat(begun.json().get("otpauthUri").asText()).startsWith("otpauth://totp/")
            .contains("secret=" + base32, "period=30", "digits=6");
        secret.add(base32);
        Response confirmed = session.post("/api/me/totp/confirm",
            Map.of("code", Totp.code(Totp.fromBase32(base32), step())));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        confirmed.json().get("recoveryCodes").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    @Test
    void aSupervisorEnrolsAndThenLogsInWithACodeThatIsAcceptedOnce() {
        String username = user("SUPERVISOR");
        SessionClient session = logIn(username);
        assertThat(session.get("/api/me").json().get("totpEnrolled").asBoolean()).isFalse();
        Response begun = session.post("/api/me/totp", Map.of());
        byte[] secret = Totp.fromBase32(begun.json().get("secret").asText());
        long now = step();
        String wrong = wrongCode(secret, now);
        assertThat(session.post("/api/me/totp/confirm", Map.of("code", wrong)).status()).isEqualTo(422);
        String confirmCode = Totp.code(secret, now);
        Response confirmed = session.post("/api/me/totp/confirm", Map.of("code", confirmCode));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().get("recoveryCodes")).hasSize(SecondFactor.RECOVERY_CODES);
        assertThat(session.get("/api/me").json().get("totpEnrolled").asBoolean()).isTrue();
        assertThat(session.post("/api/me/totp", Map.of()).status()).as("enrolled already").isEqualTo(409);
        assertThat(totp.find(username).orElseThrow().secretEnc()).doesNotContain(Totp.base32(secret));

        SessionClient second = client();
        assertThat(second.logIn(username, AccountSecurityIT.GOOD_PASSWORD)).endsWith("/login.html?totp");
        assertThat(second.get("/api/tickets").status()).as("not authenticated before the code").isEqualTo(401);
        String pendingSession = second.cookie("JSESSIONID");
        assertThat(second.submitCode(wrong)).endsWith("/login.html?totp&error");
        assertThat(second.submitCode(confirmCode)).as("a used code").endsWith("/login.html?totp&error");
        assertThat(second.get("/api/tickets").status()).isEqualTo(401);
        assertThat(second.submitCode(Totp.code(secret, now + 1))).endsWith("/");
        assertThat(second.cookie("JSESSIONID")).as("a new session id").isNotEqualTo(pendingSession);
        assertThat(second.get("/api/tickets").status()).isEqualTo(200);

        SessionClient third = client();
        third.logIn(username, AccountSecurityIT.GOOD_PASSWORD);
        assertThat(third.submitCode(Totp.code(secret, now + 1))).as("replayed").endsWith("/login.html?totp&error");

        Response basic = new SessionClient(port, "10.90.0.1").get("/api/tickets",
            b -> b.header("Authorization", SessionClient.basic(username, AccountSecurityIT.GOOD_PASSWORD)));
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.json().get("code").asText()).isEqualTo("second-factor-required");
    }

    @Test
    void recoveryCodesWorkOnceAndTheUserOrAnAdministratorTurnsTheFactorOff() {
        String username = user("ADMIN");
        SessionClient session = logIn(username);
        List<String> secret = new ArrayList<>();
        List<String> recovery = enrol(session, secret);

        SessionClient withRecovery = client();
        assertThat(withRecovery.logIn(username, AccountSecurityIT.GOOD_PASSWORD)).endsWith("/login.html?totp");
        assertThat(withRecovery.submitCode(recovery.get(0))).endsWith("/");
        assertThat(withRecovery.get("/api/me").json().get("username").asText()).isEqualTo(username);
        SessionClient again = client();
        again.logIn(username, AccountSecurityIT.GOOD_PASSWORD);
        assertThat(again.submitCode(recovery.get(0))).endsWith("/login.html?totp&error");

        assertThat(session.post("/api/me/totp/disable", Map.of("code", "not-a-code")).status()).isEqualTo(422);
        assertThat(session.post("/api/me/totp/disable", Map.of("code", recovery.get(1))).status()).isEqualTo(204);
        assertThat(logIn(username).get("/api/admin/users").status()).as("password only again").isEqualTo(200);

        enrol(logIn(username), new ArrayList<>());
        assertThat(api().post("agent1", "/api/admin/users/" + username + "/totp/reset", Map.of()).status())
            .isEqualTo(403);
        assertThat(api().post("admin", "/api/admin/users/" + username + "/totp/reset", Map.of()).status())
            .isEqualTo(204);
        assertThat(logIn(username).get("/api/admin/users").status()).isEqualTo(200);

        JsonNode audit = api().get("admin", "/api/admin/users/" + username + "/audit").json();
        assertThat(audit).extracting(row -> row.get("action").asText() + " by " + row.get("actor").asText())
            .containsSubsequence("TOTP_ENROLLED by " + username, "TOTP_DISABLED by " + username,
                "TOTP_ENROLLED by " + username, "TOTP_RESET by admin");
    }

    @Test
    void anAccountDisabledBetweenThePasswordAndTheCodeIsNotLoggedIn() {
        String username = user("SUPERVISOR");
        List<String> secret = new ArrayList<>();
        enrol(logIn(username), secret);
        SessionClient session = client();
        assertThat(session.logIn(username, AccountSecurityIT.GOOD_PASSWORD)).endsWith("/login.html?totp");

        assertThat(api().post("admin", "/api/admin/users/" + username + "/disable", Map.of()).status())
            .isEqualTo(204);

        assertThat(session.submitCode(Totp.code(Totp.fromBase32(secret.get(0)), step() + 1)))
            .endsWith("/login.html?error");
        assertThat(session.get("/api/tickets").status()).isEqualTo(401);
    }

    @Test
    void aRoleThatRequiresTheFactorMustEnrolBeforeAnythingElse() {
        Set<ConsoleRole> before = EnumSet.noneOf(ConsoleRole.class);
        before.addAll(properties.getTotp().getRequiredRoles());
        properties.getTotp().setRequiredRoles(Set.of(ConsoleRole.SUPERVISOR));
        try {
            String username = user("SUPERVISOR");
            SessionClient session = logIn(username);
            assertThat(session.get("/api/me").json().get("totpEnrolmentRequired").asBoolean()).isTrue();
            Response blocked = session.get("/api/tickets");
            assertThat(blocked.status()).isEqualTo(403);
            assertThat(blocked.json().get("code").asText()).isEqualTo("totp-enrolment-required");
            Response basic = new SessionClient(port, "10.91.0.1").get("/api/tickets",
                b -> b.header("Authorization", SessionClient.basic(username, AccountSecurityIT.GOOD_PASSWORD)));
            assertThat(basic.status()).isEqualTo(401);

            List<String> recovery = enrol(session, new ArrayList<>());
            assertThat(session.get("/api/tickets").status()).isEqualTo(200);
            assertThat(session.post("/api/me/totp/disable", Map.of("code", recovery.get(0))).status())
                .as("the role requires it").isEqualTo(409);
            SessionClient admin = client();
            admin.logIn("admin", TestApi.PASSWORD);
            assertThat(admin.get("/api/admin/users").status()).as("other roles unaffected").isEqualTo(200);
        } finally {
            properties.getTotp().setRequiredRoles(before);
        }
    }

    private static String wrongCode(byte[] secret, long now) {
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean valid = false;
            for (long s = now - 2; s <= now + 2; s++) {
                valid |= Totp.code(secret, s).equals(code);
            }
            if (!valid) {
                return code;
            }
        }
    }
}
