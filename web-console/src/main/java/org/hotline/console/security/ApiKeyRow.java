package org.hotline.console.security;

import java.time.LocalDateTime;

/** One row of {@code console_api_key}; the key itself is never stored, only its SHA-256. */
record ApiKeyRow(long id, String keyHash, String username, String label, LocalDateTime createdAt, String createdBy,
                 LocalDateTime revokedAt) {
}
