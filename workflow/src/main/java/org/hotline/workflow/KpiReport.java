package org.hotline.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * Ticket figures over a period of registration days (China time), grouped.
 *
 * @param from    first day, inclusive
 * @param to      last day, inclusive
 * @param groupBy the grouping
 * @param groups  the groups, largest first (by registered, then key)
 */
public record KpiReport(LocalDate from, LocalDate to, KpiGroupBy groupBy, List<KpiGroup> groups) {
    public KpiReport {
        groups = List.copyOf(groups);
    }
}
