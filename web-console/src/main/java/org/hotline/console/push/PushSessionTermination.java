package org.hotline.console.push;

import jakarta.websocket.CloseReason;

import org.hotline.console.security.UserSessionsRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Closes push sockets on this node with 1008: a user's when the user's sessions are revoked (disabled, password
 * reset, role changed) on this node or another, after the change commits; those opened from an HTTP session when it ends (logout, idle
 * timeout).
 */
final class PushSessionTermination {

    private static final Logger log = LoggerFactory.getLogger(PushSessionTermination.class);

    private final LocalSessions sessions;

    PushSessionTermination(LocalSessions sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onRevoked(UserSessionsRevoked revoked) {
        int closed = sessions.closeUser(revoked.username(),
            new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "session ended"));
        log.info("push sockets of {} closed: {}", revoked.username(), closed);
    }

    /** Logout, idle timeout or invalidation of the HTTP session the socket's token was issued to. */
    @EventListener
    void onHttpSessionEnded(HttpSessionDestroyedEvent ended) {
        int closed = sessions.closeHttpSession(PushTokenCodec.session(ended.getId()),
            new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "session ended"));
        if (closed > 0) {
            log.info("push sockets of an ended HTTP session closed: {}", closed);
        }
    }
}
