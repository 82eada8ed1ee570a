package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.CloseReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@code hotline.push.max-sockets}: sockets of different users open up to the total, the next one is refused. */
@SpringBootTest(classes = PushTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "hotline.push.max-sockets=3")
@ActiveProfiles("pushtest")
class PushTotalCapIT {

    private final PushServer server;
    private final PushTokenCodec tokens;
    private PushSockets sockets;

    @Autowired
    PushTotalCapIT(PushServer server, PushTokenCodec tokens) {
        this.server = server;
        this.tokens = tokens;
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
    void theSocketBeyondTheConfiguredTotalIsRefusedWhateverItsUser() {
        TestPushClient agent = sockets.connect(TestPushUsers.agent());
        TestPushClient dispatcher = sockets.connect(TestPushUsers.dispatcher());
        TestPushClient supervisor = sockets.connect(TestPushUsers.supervisor());

        TestPushClient fourth = sockets.open(PushPath.AGENT,
            "token=" + PushSockets.encode(tokens.issue(TestPushUsers.agent()).token()));
        CloseReason refused = fourth.awaitClose();
        assertThat(refused.getCloseCode().getCode()).isEqualTo(CloseReason.CloseCodes.TRY_AGAIN_LATER.getCode());
        assertThat(refused.getReasonPhrase()).isEqualTo("too many sockets");
        assertThat(agent.isOpen() && dispatcher.isOpen() && supervisor.isOpen()).isTrue();

        supervisor.close();
        TestPushClient again = sockets.connect(TestPushUsers.admin());
        assertThat(again.isOpen()).as("a closed socket frees its place").isTrue();
    }
}
