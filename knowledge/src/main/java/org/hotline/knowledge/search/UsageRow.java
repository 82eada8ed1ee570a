package org.hotline.knowledge.search;

/** A row of {@code kb_entry_usage}. */
class UsageRow {
    String entryId;
    String categoryCode;
    long usedCount;
}
