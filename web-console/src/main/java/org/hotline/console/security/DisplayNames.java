package org.hotline.console.security;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The console users' display names by username, for screens that list people (the wallboard's agents). Read once a
 * minute at most, so a renamed or new user shows within a minute. Thread-safe.
 */
@Component
public class DisplayNames {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final ConsoleUserMapper users;
    private volatile Map<String, String> names = Map.of();
    private volatile long readAt;

    DisplayNames(ConsoleUserMapper users) {
        this.users = users;
    }

    /** @return the user's display name, or the username when the user has none or is unknown */
    public String of(String username) {
        Map<String, String> current = names;
        if (readAt == 0 || System.nanoTime() - readAt > FRESH_FOR.toNanos()) {
            Map<String, String> read = new HashMap<>();
            users.findAll().forEach(u -> {
                if (u.displayName() != null && !u.displayName().isBlank()) {
                    read.put(u.username(), u.displayName());
                }
            });
            names = current = read;
            readAt = System.nanoTime();
        }
        return current.getOrDefault(username, username);
    }
}
