package org.hotline.console.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The console's logged-in HTTP sessions of this node by user, so that revoking a user's sessions (disabled, password
 * reset, role changed, on this node or, through the cluster bus, on another) invalidates them at once: the next request is unauthenticated, and the end of each session
 * closes the push sockets opened from it. Thread-safe.
 */
@Component
class SessionTermination {

    private static final Logger log = LoggerFactory.getLogger(SessionTermination.class);

    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();
    private final ConsoleUserMapper users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionTermination(ConsoleUserMapper users, ApplicationEventPublisher events, Clock securityClock) {
        this.users = users;
        this.events = events;
        this.clock = securityClock;
    }

    /** Called by the form login's success handler with the session it established. */
    void loggedIn(String username, HttpSession session) {
        byUser.computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** The user's sessions open on this node (a snapshot). */
    Set<HttpSession> sessionsOf(String username) {
        return Set.copyOf(byUser.getOrDefault(username, Set.of()));
    }

    @EventListener
    void onSessionEnded(HttpSessionDestroyedEvent ended) {
        HttpSession session = ended.getSession();
        byUser.values().forEach(sessions -> sessions.remove(session));
        byUser.values().removeIf(Set::isEmpty);
    }

    /** The bus was deaf for a while: whoever lost the sessions meanwhile, on any node, loses them here too. */
    @EventListener
    void onBusRecovered(ClusterBusRecovered recovered) {
        // A margin for clocks of the nodes that wrote the audit rows.
        LocalDateTime since = LocalDateTime.ofInstant(recovered.since().minus(CLOCK_MARGIN), clock.getZone());
        for (String username : users.findRevokedSince(since)) {
            events.publishEvent(new UserSessionsRevoked(username, true));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onRevoked(UserSessionsRevoked revoked) {
        Set<HttpSession> sessions = byUser.remove(revoked.username());
        int ended = 0;
        if (sessions != null) {
            for (HttpSession session : sessions) {
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyInvalid) {
                    log.debug("session of {} already ended", revoked.username());
                }
            }
        }
        log.info("sessions of {} ended: {}", revoked.username(), ended);
    }
}
