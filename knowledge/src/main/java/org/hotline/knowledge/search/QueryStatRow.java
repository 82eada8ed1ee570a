package org.hotline.knowledge.search;

import java.time.Instant;

/** A row of {@code kb_query_stat}. */
class QueryStatRow {
    String queryNorm;
    long occurrences;
    long noResultCount;
    String topEntryId;
    Instant lastSeen;
}
