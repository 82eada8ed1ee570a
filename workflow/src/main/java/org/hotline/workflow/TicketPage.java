package org.hotline.workflow;

import java.util.List;

/**
 * One page of search results.
 *
 * @param items tickets of this page, masked for the actor
 * @param page  0-based page number
 * @param size  requested page size
 * @param total number of matching tickets
 */
public record TicketPage(List<TicketView> items, int page, int size, long total) {

    public TicketPage {
        items = List.copyOf(items);
    }
}
