package org.hotline.workflow.analytics;

import java.time.LocalDate;

/** A summed rollup row: the counters of one dimension value (and, when read per day, one day). */
final class RollupRow {
    String key;
    LocalDate day;
    Counts counts = new Counts();
}
