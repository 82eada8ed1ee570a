package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;
import org.junit.jupiter.api.Test;

/**
 * The outbox of one connection, against a scripted {@link Session}: a socket whose sends complete at once on the
 * sending thread, or never (a client that stopped reading). Real sockets cannot be made to stall on demand.
 */
class PushConnectionTest {

    private static final CurrentUser AGENT = new CurrentUser("li.na", ConsoleRole.AGENT, null);

    @Test
    void sendsEveryFrameInOrderWhenSendsCompleteOnTheSendingThread() {
        ScriptedSocket socket = new ScriptedSocket(true);
        PushConnection connection = new PushConnection(socket.session(), AGENT, PushPath.AGENT, 100_000, 20);

        for (int i = 1; i <= 20_000; i++) {
            connection.deliver(new PushEnvelope(i, TargetKind.USER, "li.na", "frame-" + i));
        }

        assertThat(socket.sent).hasSize(20_000);
        assertThat(socket.sent.get(0)).isEqualTo("frame-1");
        assertThat(socket.sent.get(19_999)).isEqualTo("frame-20000");
    }

    @Test
    void closesASessionThatStopsReadingOnceItsOutboxIsFull() {
        ScriptedSocket socket = new ScriptedSocket(false);
        PushConnection connection = new PushConnection(socket.session(), AGENT, PushPath.AGENT, 3, 20);

        for (int i = 1; i <= 4; i++) {
            connection.deliver(new PushEnvelope(i, TargetKind.USER, "li.na", "frame-" + i));
        }
        assertThat(socket.closedWith).isNull();
        connection.deliver(new PushEnvelope(5, TargetKind.USER, "li.na", "frame-5"));

        assertThat(socket.sent).containsExactly("frame-1");
        assertThat(socket.closedWith.getCloseCode().getCode())
                .isEqualTo(CloseReason.CloseCodes.TRY_AGAIN_LATER.getCode());
    }

    @Test
    void sendsAMessageOnceWhenItIsBothReplayedAndDeliveredLive() {
        ScriptedSocket socket = new ScriptedSocket(true);
        PushConnection connection = new PushConnection(socket.session(), AGENT, PushPath.AGENT, 100, 20);

        connection.beginCatchUp();
        connection.deliver(new PushEnvelope(8, TargetKind.USER, "li.na", "live-8"));
        connection.deliver(new PushEnvelope(9, TargetKind.USER, "li.na", "live-9"));
        connection.endCatchUp(
                List.of(new StoredPushMessage(7, TargetKind.USER, "li.na", "t", "{}", null),
                        new StoredPushMessage(8, TargetKind.USER, "li.na", "t", "{}", null)),
                List.of("replayed-7", "replayed-8"), "resumed");
        connection.deliver(new PushEnvelope(9, TargetKind.USER, "li.na", "live-9-again"));

        assertThat(socket.sent).containsExactly("replayed-7", "replayed-8", "resumed", "live-9");
    }

    /** A Session and its async remote that record what is sent; only the methods the connection uses work. */
    private static final class ScriptedSocket {

        final List<String> sent = new ArrayList<>();
        final boolean completeAtOnce;
        CloseReason closedWith;

        ScriptedSocket(boolean completeAtOnce) {
            this.completeAtOnce = completeAtOnce;
        }

        Session session() {
            RemoteEndpoint.Async async = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendText") && args.length == 2) {
                            sent.add((String) args[0]);
                            if (completeAtOnce) {
                                ((SendHandler) args[1]).onResult(new SendResult());
                            }
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getAsyncRemote" -> async;
                        case "getId" -> "scripted";
                        case "close" -> {
                            closedWith = (CloseReason) args[0];
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
