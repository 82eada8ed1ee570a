package org.hotline.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.glassfish.tyrus.client.ClientManager;
import org.hotline.console.push.TestPushClient;

/**
 * A console user's push socket opened as the browser opens it: a token from {@code GET /api/push/token}, then a
 * real Tyrus client connection to the URL it names.
 */
public final class TestSocket {

    private static final ClientManager CLIENT = ClientManager.createClient();

    private TestSocket() {
    }

    public static TestPushClient open(TestApi api, String user) {
        return open(api, user, null);
    }

    /** Opens the socket asking for the messages stored after {@code after} first, as a reconnecting console does. */
    public static TestPushClient open(TestApi api, String user, Long after) {
        TestApi.Response token = api.get(user, "/api/push/token");
        if (token.status() != 200) {
            throw new IllegalStateException("no push token for " + user + ": " + token);
        }
        JsonNode body = token.json();
        return TestPushClient.connect(CLIENT, URI.create(body.get("url").asText() + "?token="
            + URLEncoder.encode(body.get("token").asText(), StandardCharsets.UTF_8)
            + (after == null ? "" : "&after=" + after)));
    }
}
