package org.hotline.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The tiered evaluation (分级分类评价) over a period: departments ranked only against the departments handling the
 * same category group, each group with its median beside them.
 *
 * @param from  first registration day, inclusive
 * @param to    last registration day, inclusive
 * @param tiers one per category group that had dispatched tickets, by group code
 */
public record TierReport(LocalDate from, LocalDate to, List<Tier> tiers) {
    public TierReport {
        tiers = List.copyOf(tiers);
    }

    /**
     * One category group's league.
     *
     * @param key         the category group's code
     * @param label       its name
     * @param medianScore the median of the departments' scores (absent when none has a score)
     * @param departments the departments, best first
     */
    public record Tier(String key, String label, Double medianScore, List<TierEntry> departments) {
        public Tier {
            departments = List.copyOf(departments);
        }
    }

    /**
     * One department's place in a tier. Shown to a department user for other departments with key, label, counts
     * and rates absent (only the rank and the score).
     *
     * @param rank   1 for the best score; equal scores share a rank
     * @param key    the department's code
     * @param label  its name
     * @param score  the mean of its on-time sign, on-time close, satisfaction and resolution rates (those present);
     *               absent when none is
     * @param counts its counts within the group
     * @param rates  its rates within the group
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TierEntry(int rank, String key, String label, Double score, KpiCounts counts, KpiRates rates) {
    }
}
