package org.hotline.console.push;

import java.util.List;

import org.hotline.console.security.CurrentUser;

/**
 * The port through which the push hub asks for knowledge-base suggestions while an agent types. The application
 * implements it with the knowledge module's search.
 *
 * <p>Implementations must be thread-safe (called concurrently for different sessions) and fast: the call runs on
 * the push hub's suggestion workers, and an agent waits for its answer. An exception is logged and answered to the
 * client as an {@code error} message with code {@code suggestions-unavailable}; it never closes the socket.
 */
public interface SuggestionProvider {

    /**
     * @param user     the agent who is typing
     * @param text     what the agent typed, trimmed, 1 to {@code hotline.push.max-text-length} characters
     * @param category a category code to narrow the search, or {@code null} for all categories
     * @param limit    the maximum number of suggestions, at least 1
     * @return at most {@code limit} suggestions, best first; never null
     */
    List<Suggestion> suggest(CurrentUser user, String text, String category, int limit);
}
