package org.hotline.console.security;

import java.util.Objects;

/**
 * The authenticated console user of the current request.
 *
 * @param username       login name
 * @param role           the user's role
 * @param departmentCode the department a {@link ConsoleRole#DEPARTMENT} user belongs to; {@code null} otherwise
 */
public record CurrentUser(String username, ConsoleRole role, String departmentCode) {

    public CurrentUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == ConsoleRole.DEPARTMENT && (departmentCode == null || departmentCode.isBlank())) {
            throw new IllegalArgumentException("a department user needs a department code");
        }
    }

    public boolean is(ConsoleRole other) {
        return role == other;
    }
}
