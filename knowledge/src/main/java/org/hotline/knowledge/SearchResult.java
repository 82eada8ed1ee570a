package org.hotline.knowledge;

import java.util.List;

/**
 * @param hits      best first
 * @param totalHits number of servable entries that matched
 */
public record SearchResult(List<SearchHit> hits, long totalHits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public static SearchResult empty() {
        return new SearchResult(List.of(), 0);
    }
}
