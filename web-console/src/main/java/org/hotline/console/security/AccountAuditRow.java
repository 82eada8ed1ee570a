package org.hotline.console.security;

import java.time.LocalDateTime;

/** One row of {@code console_account_audit}: who changed which account how. */
record AccountAuditRow(LocalDateTime at, String actor, String username, AccountAction action, String detail) {
}
