package org.hotline.console.security;

import java.time.LocalDateTime;

/** One row of {@code console_user}. */
record ConsoleUserRow(String username, String passwordHash, ConsoleRole role, String departmentCode,
                      String displayName, boolean enabled, LocalDateTime createdAt, boolean mustChangePassword) {
}
