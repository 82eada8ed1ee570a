package org.hotline.workflow.analytics;

import java.time.LocalDate;

/** A rollup row, or a sum of them: the counters of one dimension value (and, when read per day, one day). */
final class RollupRow {
    String key;
    LocalDate day;
    /** the slot, when read as a single row */
    int slot;
    Counts counts = new Counts();
}
