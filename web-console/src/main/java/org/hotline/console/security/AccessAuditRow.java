package org.hotline.console.security;

import java.time.LocalDateTime;

/** One row of {@code console_access_audit}: who read or revealed what of a ticket, and why. */
public record AccessAuditRow(LocalDateTime at, String username, ConsoleRole role, String ticketNo, String action,
                             String reason) {
}
