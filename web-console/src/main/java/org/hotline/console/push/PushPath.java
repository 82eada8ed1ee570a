package org.hotline.console.push;

import java.util.EnumSet;
import java.util.Set;

import org.hotline.console.security.ConsoleRole;

/** The WebSocket endpoints under {@code /ws} and the roles each admits. */
enum PushPath {
    AGENT("/agent", EnumSet.of(ConsoleRole.AGENT, ConsoleRole.DISPATCHER)),
    DEPARTMENT("/department", EnumSet.of(ConsoleRole.DEPARTMENT)),
    SUPERVISOR("/supervisor", EnumSet.of(ConsoleRole.SUPERVISOR, ConsoleRole.ADMIN));

    private final String path;
    private final Set<ConsoleRole> roles;

    PushPath(String path, Set<ConsoleRole> roles) {
        this.path = path;
        this.roles = roles;
    }

    String path() {
        return path;
    }

    boolean admits(ConsoleRole role) {
        return roles.contains(role);
    }

    static PushPath forRole(ConsoleRole role) {
        for (PushPath candidate : values()) {
            if (candidate.admits(role)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no push endpoint for role " + role);
    }
}
