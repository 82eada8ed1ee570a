package org.hotline.knowledge;

import java.util.List;

/**
 * Full-text search over the servable knowledge base (published and inside the validity window today,
 * Asia/Shanghai), with a Chinese analyzer and a shipped synonym list.
 * <p>
 * User text is analysed, never parsed: Lucene query syntax in it has no meaning and never causes an exception.
 * Over-long text is truncated. Thread-safe and cheap enough to call on every keystroke.
 */
public interface KnowledgeSearch {

    /**
     * @param query text and filters; blank text gives an empty result
     * @return hits best first, at most {@code query.limit()}
     */
    SearchResult search(SearchQuery query);

    /**
     * Completions of an agent's partial input: questions of servable entries containing the typed characters,
     * best first.
     *
     * @param partial what the agent has typed so far; blank gives an empty list
     * @param limit   1–20 (clamped)
     * @return distinct entry questions
     */
    List<String> suggest(String partial, int limit);
}
