package org.hotline.console.security;

import java.time.Instant;

/**
 * A user revealed personal data {@code count} times within the configured window (the alert threshold): published
 * as a Spring event; the supervisors are told.
 */
public record RevealVolumeReached(String username, ConsoleRole role, int count, Instant at) {
}
