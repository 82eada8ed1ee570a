package org.hotline.console.push;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.hotline.console.security.CurrentUser;
import org.hotline.console.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands the logged-in console user a short-lived, single-use token bound to the HTTP session, the URL of the socket for the user's role, and the id of the
 * newest stored message: a client that connects with {@code ?token=…&after=<lastMessageId>} misses nothing sent
 * between this call and its socket being registered.
 */
@RestController
@RequestMapping("/api/push")
class PushTokenController {

    private final CurrentUsers currentUsers;
    private final PushTokenCodec tokens;
    private final PushServer server;
    private final PushProperties properties;
    private final PushMessageStore store;

    PushTokenController(CurrentUsers currentUsers, PushTokenCodec tokens, PushServer server,
                        PushProperties properties, PushMessageStore store) {
        this.currentUsers = currentUsers;
        this.tokens = tokens;
        this.server = server;
        this.properties = properties;
        this.store = store;
    }

    /** {@code GET /api/push/token} for any logged-in role. */
    @GetMapping("/token")
    PushTokenResponse token(HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        HttpSession session = request.getSession(false);
        IssuedPushToken issued = tokens.issue(user, PushTokenCodec.session(session == null ? null : session.getId()));
        return new PushTokenResponse(issued.token(), issued.expiresAt(),
                baseUrl(request) + PushPath.forRole(user.role()).path(), store.lastId());
    }

    private String baseUrl(HttpServletRequest request) {
        String configured = properties.getPublicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String scheme = request.isSecure() ? "wss" : "ws";
        String host = request.getServerName();
        if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + ":" + server.port() + PushServer.CONTEXT_PATH;
    }

    record PushTokenResponse(String token, Instant expiresAt, String url, long lastMessageId) {
    }
}
