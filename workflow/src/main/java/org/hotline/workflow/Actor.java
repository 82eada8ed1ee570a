package org.hotline.workflow;

import java.util.Locale;
import java.util.Objects;

/**
 * Who performs a command or reads a ticket. The web layer builds it from the authenticated user.
 *
 * @param username       login name recorded in the audit trail
 * @param role           the role the user acts in
 * @param departmentCode the user's department; required for {@link Role#DEPARTMENT}, ignored otherwise
 */
public record Actor(String username, Role role, String departmentCode) {

    /** @throws IllegalArgumentException when username or role is missing, or a department actor has no department */
    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("actor needs a username");
        }
        Objects.requireNonNull(role, "role");
        if (role == Role.DEPARTMENT && (departmentCode == null || departmentCode.isBlank())) {
            throw new IllegalArgumentException("a department actor needs a department code");
        }
    }

    /** @return the actor used by timers and other automatic steps */
    public static Actor system() {
        return new Actor("system", Role.SYSTEM, null);
    }

    /** Roles of the hotline. JSON: lower-case words. */
    public enum Role {
        AGENT, DISPATCHER, DEPARTMENT, SUPERVISOR, ADMIN, SYSTEM;

        /** @return the lower-case JSON word */
        public String jsonValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * Parses the JSON word, case-insensitively.
         *
         * @throws IllegalArgumentException when the word names no role
         */
        public static Role fromJson(String value) {
            return EnumWords.parse(Role.class, value);
        }
    }
}
