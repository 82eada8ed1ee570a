package org.hotline.knowledge;

import java.util.List;

/**
 * What agents looked for and the knowledge base could not give: agent queries with no hit, or whose top hit has
 * never been used to answer. Queries are normalised (trimmed, whitespace collapsed, digits runs masked) before
 * counting. Thread-safe.
 */
public interface KnowledgeGaps {

    /**
     * @param limit 1–500 (clamped)
     * @return gaps, most frequent first
     */
    List<KnowledgeGap> gaps(int limit);
}
