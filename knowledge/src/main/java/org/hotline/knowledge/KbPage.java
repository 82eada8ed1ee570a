package org.hotline.knowledge;

import java.util.List;

/**
 * One page of entries.
 *
 * @param items entries of this page (current versions)
 * @param page  zero-based page number
 * @param size  requested page size
 * @param total number of entries matching the query over all pages
 */
public record KbPage(List<KbEntry> items, int page, int size, long total) {

    public KbPage {
        items = List.copyOf(items);
    }
}
