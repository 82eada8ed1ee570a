package org.hotline.knowledge;

import java.util.List;

/**
 * @param hits      best first
 * @param totalHits number of entries that matched, counted exactly only up to 1,000 (a lower bound beyond; the
 *                  count may include entries that expired, which are never among the hits)
 */
public record SearchResult(List<SearchHit> hits, long totalHits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public static SearchResult empty() {
        return new SearchResult(List.of(), 0);
    }
}
