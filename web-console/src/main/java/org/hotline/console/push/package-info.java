/**
 * The push hub: a Tyrus WebSocket server on its own port ({@code hotline.push.port}, context path {@code /ws},
 * endpoints {@code /ws/agent}, {@code /ws/department}, {@code /ws/supervisor}) that delivers {@link
 * org.hotline.console.push.PushMessage}s sent through {@link org.hotline.console.push.PushHub} and answers agents'
 * typing with knowledge-base suggestions from a {@link org.hotline.console.push.SuggestionProvider}.
 *
 * <p>Public API: {@code PushHub}, {@code PushMessage}, {@code PushFailedException}, {@code SuggestionProvider},
 * {@code Suggestion}. Everything else in this package is package-private implementation.
 */
package org.hotline.console.push;
