package org.hotline.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * The surges of a period.
 *
 * @param from   first day
 * @param to     last day
 * @param margin the configured margin over the expected count (0.5 = 50 %)
 * @param surges newest first
 */
public record SurgeReport(LocalDate from, LocalDate to, double margin, List<Surge> surges) {

    public SurgeReport {
        surges = List.copyOf(surges);
    }
}
