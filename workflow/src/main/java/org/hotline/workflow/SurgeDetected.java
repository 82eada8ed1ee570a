package org.hotline.workflow;

/**
 * A surge was detected and stored (once across all nodes); published after the registration that crossed the
 * threshold committed.
 *
 * @param surge the surge with the tickets of its hour so far
 */
public record SurgeDetected(Surge surge) {
}
