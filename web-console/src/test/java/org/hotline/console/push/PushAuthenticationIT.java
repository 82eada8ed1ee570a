package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.websocket.CloseReason;

import org.hotline.console.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = PushTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("pushtest")
class PushAuthenticationIT {

    private final PushServer server;
    private final PushTokenCodec tokens;
    private final byte[] secret;
    private PushSockets sockets;

    @Autowired
    PushAuthenticationIT(PushServer server, PushTokenCodec tokens, @Value("${hotline.push.secret}") String secret) {
        this.server = server;
        this.tokens = tokens;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void openSockets() {
        sockets = new PushSockets(server, tokens);
    }

    @AfterEach
    void closeSockets() {
        sockets.close();
    }

    @Test
    void acceptsValidTokenForTheRolesOfEachEndpoint() {
        for (CurrentUser user : new CurrentUser[] {TestPushUsers.agent(), TestPushUsers.dispatcher(),
                TestPushUsers.departmentStaff("SBZX"), TestPushUsers.supervisor(), TestPushUsers.admin()}) {
            TestPushClient socket = sockets.connect(user);

            assertThat(socket.drainWithPing()).as(user.role() + " gets pong and nothing else").isEmpty();
            assertThat(socket.isOpen()).isTrue();
        }
    }

    @Test
    void closesSocketWithoutTokenAsPolicyViolation() {
        TestPushClient socket = sockets.open(PushPath.AGENT, null);

        assertPolicyViolation(socket.awaitClose(), "missing");
    }

    @Test
    void closesSocketWithExpiredToken() {
        Clock twoMinutesAgo = Clock.fixed(Instant.now().minus(Duration.ofMinutes(2)), ZoneOffset.UTC);
        String expired = new PushTokenCodec(secret, Duration.ofSeconds(60), twoMinutesAgo)
                .issue(TestPushUsers.agent()).token();

        TestPushClient socket = sockets.open(PushPath.AGENT, "token=" + PushSockets.encode(expired));

        assertPolicyViolation(socket.awaitClose(), "expired");
    }

    @Test
    void closesSocketWithTamperedToken() {
        String token = tokens.issue(TestPushUsers.agent()).token();
        String[] parts = token.split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "boss\nSUPERVISOR\n\n4102444800".getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + forgedPayload + "." + parts[2];

        TestPushClient socket = sockets.open(PushPath.SUPERVISOR, "token=" + PushSockets.encode(tampered));

        assertPolicyViolation(socket.awaitClose(), "bad signature");
    }

    @Test
    void closesSocketWithTokenSignedByAnotherSecret() {
        byte[] otherSecret = "another-cluster-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
        String foreign = new PushTokenCodec(otherSecret, Duration.ofSeconds(60), Clock.systemUTC())
                .issue(TestPushUsers.agent()).token();

        TestPushClient socket = sockets.open(PushPath.AGENT, "token=" + PushSockets.encode(foreign));

        assertPolicyViolation(socket.awaitClose(), "bad signature");
    }

    @Test
    void closesSocketWhenTheTokenRoleDoesNotMatchTheEndpoint() {
        String departmentToken = tokens.issue(TestPushUsers.departmentStaff("SBZX")).token();
        String agentToken = tokens.issue(TestPushUsers.agent()).token();

        TestPushClient onAgentPath = sockets.open(PushPath.AGENT, "token=" + PushSockets.encode(departmentToken));
        TestPushClient onSupervisorPath = sockets.open(PushPath.SUPERVISOR, "token=" + PushSockets.encode(agentToken));

        assertPolicyViolation(onAgentPath.awaitClose(), "not admitted");
        assertPolicyViolation(onSupervisorPath.awaitClose(), "not admitted");
    }

    @Test
    void closesSocketWithGarbageToken() {
        TestPushClient socket = sockets.open(PushPath.AGENT, "token=not-a-token");

        assertPolicyViolation(socket.awaitClose(), "malformed");
    }

    private static void assertPolicyViolation(CloseReason reason, String phrase) {
        assertThat(reason.getCloseCode().getCode()).isEqualTo(CloseReason.CloseCodes.VIOLATED_POLICY.getCode());
        assertThat(reason.getReasonPhrase()).contains(phrase);
    }
}
