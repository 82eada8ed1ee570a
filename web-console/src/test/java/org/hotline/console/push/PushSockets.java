package org.hotline.console.push;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.glassfish.tyrus.client.ClientManager;
import org.hotline.console.security.CurrentUser;

/** Opens real client sockets to one push server and closes them all at the end of a test. */
final class PushSockets implements AutoCloseable {

    private final ClientManager client = ClientManager.createClient();
    private final List<TestPushClient> opened = new ArrayList<>();
    private final int port;
    private final PushTokenCodec tokens;

    PushSockets(PushServer server, PushTokenCodec tokens) {
        this.port = server.port();
        this.tokens = tokens;
    }

    /**
     * Connects the user to the endpoint of the user's role with a fresh token, and waits for a pong: the client's
     * handshake completes before the server has registered the session, and a test must not push into that gap.
     */
    TestPushClient connect(CurrentUser user) {
        TestPushClient socket = open(PushPath.forRole(user.role()), "token=" + encode(tokens.issue(user).token()));
        List<JsonNode> early = socket.drainWithPing();
        if (!early.isEmpty()) {
            throw new AssertionError("unexpected frames right after connecting: " + early);
        }
        return socket;
    }

    /** Connects with a fresh token and replays what the user missed after the given message id. */
    TestPushClient connectAfter(CurrentUser user, long after) {
        return open(PushPath.forRole(user.role()), "token=" + encode(tokens.issue(user).token()) + "&after=" + after);
    }

    /** Connects to a path with a raw query string (or none when null). */
    TestPushClient open(PushPath path, String query) {
        URI uri = URI.create("ws://127.0.0.1:" + port + PushServer.CONTEXT_PATH + path.path()
                + (query == null ? "" : "?" + query));
        TestPushClient socket = TestPushClient.connect(client, uri);
        opened.add(socket);
        return socket;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        opened.forEach(TestPushClient::close);
        client.shutdown();
    }
}
