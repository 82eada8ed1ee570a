package org.hotline.console.push;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

import org.hotline.console.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One socket on one of the {@link PushPath}s; Tyrus asks {@link PushServer}'s configurator for a new instance per
 * connection. The socket must carry {@code ?token=} for a role the path admits, else it is closed with 1008 at once;
 * {@code &after=<id>} replays what the client missed before live messages. Public only because Tyrus invokes the
 * callbacks reflectively; it is not part of the push API.
 */
public final class PushEndpoint extends Endpoint {

    private static final Logger log = LoggerFactory.getLogger(PushEndpoint.class);

    private final PushPath path;
    private final PushEndpointContext context;
    private volatile PushConnection connection;

    PushEndpoint(PushPath path, PushEndpointContext context) {
        this.path = path;
        this.context = context;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        PushTokenClaims claims;
        try {
            claims = context.tokens().claims(parameter(session, "token"));
        } catch (InvalidPushTokenException e) {
            refuse(session, e.getMessage());
            return;
        }
        CurrentUser user = claims.user();
        if (!path.admits(user.role())) {
            refuse(session, "role " + user.role() + " is not admitted on " + path.path());
            return;
        }
        Long after = null;
        String afterParameter = parameter(session, "after");
        if (afterParameter != null) {
            try {
                after = Long.parseLong(afterParameter);
            } catch (NumberFormatException e) {
                after = -1L;
            }
            if (after < 0) {
                refuse(session, "parameter after must be a non-negative integer");
                return;
            }
        }
        if (!claimNonce(claims)) {
            refuse(session, "token already used");
            return;
        }
        PushProperties properties = context.properties();
        session.setMaxTextMessageBufferSize(properties.getMaxMessageBytes());
        PushConnection opened = new PushConnection(session, user, path, properties.getMaxOutbox(),
                properties.getMaxMessagesPerSecond());
        if (after != null) {
            opened.beginCatchUp();
        }
        PushProtocol protocol = context.protocol();
        int maxBytes = properties.getMaxMessageBytes();
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
            if (tooBig(text, maxBytes)) {
                log.info("push session {} sent a frame over {} bytes, closing it", session.getId(), maxBytes);
                opened.close(new CloseReason(CloseReason.CloseCodes.TOO_BIG, "message over " + maxBytes + " bytes"));
                return;
            }
            protocol.onText(opened, text);
        });
        if (!context.sessions().register(opened, claims.session(), properties.getMaxSocketsPerUser(),
                properties.getMaxSockets())) {
            log.info("push socket refused on {}: socket limit reached", path.path());
            PushConnection.closeQuietly(session,
                    new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too many sockets"));
            return;
        }
        connection = opened;
        log.info("push session {} opened on {} by a {}", session.getId(), path.path(), user.role());
        if (after != null) {
            context.catchUp().replay(opened, after);
        }
    }

    private boolean claimNonce(PushTokenClaims claims) {
        try {
            return context.nonces().claim(claims.nonce(), claims.expiresAt());
        } catch (RuntimeException e) {
            // Without the shared record of spent tokens a replay cannot be told apart: refuse.
            log.warn("push token nonce cannot be checked: {}", e.toString());
            return false;
        }
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        PushConnection closed = connection;
        if (closed != null) {
            closed.markClosed();
            context.sessions().unregister(closed);
            log.info("push session {} closed ({})", session.getId(), closeReason.getCloseCode().getCode());
        }
    }

    @Override
    public void onError(Session session, Throwable error) {
        log.debug("push session {} error: {}", session.getId(), error.toString());
    }

    private void refuse(Session session, String reason) {
        log.info("push socket refused on {}: {}", path.path(), reason);
        PushConnection.closeQuietly(session,
                new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason.length() > 120 ? "refused" : reason));
    }

    private static boolean tooBig(String text, int maxBytes) {
        // A char is at most 3 UTF-8 bytes, so only long texts need encoding to be measured.
        return text.length() > maxBytes
                || (text.length() > maxBytes / 3 && text.getBytes(StandardCharsets.UTF_8).length > maxBytes);
    }

    private static String parameter(Session session, String name) {
        List<String> values = session.getRequestParameterMap().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
