package org.hotline.telephony;

import java.util.List;

/**
 * One page of call records, newest first.
 *
 * @param items the records of this page
 * @param page  zero-based page number
 * @param size  requested page size
 * @param total number of records matching the query
 */
public record CallPage(List<CallRecord> items, int page, int size, long total) {

    public CallPage {
        items = List.copyOf(items);
    }
}
