package org.hotline.console.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Guards and records access to personal data: every reveal (with its reason) and every read of a confidential
 * ticket is written to {@code console_access_audit}; reveals are limited per user to
 * {@code hotline.security.max-reveals} per {@code reveal-window}, and reaching {@code reveal-alert-threshold} in a
 * window publishes {@link RevealVolumeReached} once per window (the supervisors are alerted). Thread-safe.
 */
@Service
public class ConfidentialAccess {

    private static final Logger log = LoggerFactory.getLogger(ConfidentialAccess.class);

    private final AccessAuditMapper audit;
    private final SecurityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, Deque<Instant>> reveals = new ConcurrentHashMap<>();

    ConfidentialAccess(AccessAuditMapper audit, SecurityProperties properties, ApplicationEventPublisher events,
                       Clock securityClock) {
        this.audit = audit;
        this.properties = properties;
        this.events = events;
        this.clock = securityClock;
    }

    /**
     * Counts a reveal the user is about to make; call before revealing.
     *
     * @throws ResponseStatusException 429 when the user has reached the limit of the window
     */
    public void beforeReveal(CurrentUser user) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(properties.getRevealWindow());
        int count;
        Deque<Instant> times = reveals.computeIfAbsent(user.username(), name -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(windowStart)) {
                times.pollFirst();
            }
            if (times.size() >= properties.getMaxReveals()) {
                log.warn("reveal refused for {}: {} reveals within {}", user.username(), times.size(),
                    properties.getRevealWindow());
                throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
                    "reveal limit reached; ask a supervisor");
            }
            times.addLast(now);
            count = times.size();
        }
        if (count == properties.getRevealAlertThreshold()) {
            log.warn("reveal volume alert: {} revealed personal data {} times within {}", user.username(), count,
                properties.getRevealWindow());
            events.publishEvent(new RevealVolumeReached(user.username(), user.role(), count, now));
        }
    }

    /** Records a reveal with the reason the user gave. */
    public void revealed(CurrentUser user, String ticketNo, String field, String reason) {
        audit.insert(LocalDateTime.now(clock), user.username(), user.role(), ticketNo, "reveal-" + field, reason);
    }

    /** Records that the user read a confidential ticket. */
    public void readConfidential(CurrentUser user, String ticketNo) {
        audit.insert(LocalDateTime.now(clock), user.username(), user.role(), ticketNo, "read", null);
    }

    /** The access trail of a ticket, oldest first. */
    public List<AccessAuditRow> trail(String ticketNo) {
        return audit.findByTicket(ticketNo);
    }
}
