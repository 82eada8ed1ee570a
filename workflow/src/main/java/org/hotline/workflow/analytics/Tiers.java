package org.hotline.workflow.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hotline.workflow.KpiRates;
import org.hotline.workflow.TierReport;
import org.hotline.workflow.TierReport.TierEntry;

/** Ranks the departments of one category group by their score; pure. */
final class Tiers {
    private Tiers() {
    }

    /**
     * @param viewer a department that may see only its own name and figures, or null for readers who see all
     */
    static TierReport.Tier rank(String group, String groupLabel, Map<String, Counts> departments,
            Map<String, Long> overdue, Function<String, String> departmentLabel, String viewer) {
        record Scored(String department, Counts counts, Double score) {
        }
        List<Scored> scored = new ArrayList<>();
        departments.forEach((department, counts) -> scored.add(new Scored(department, counts,
                score(counts.toKpiRates()))));
        scored.sort(Comparator.comparing((Scored s) -> s.score() == null ? -1.0 : s.score()).reversed()
                .thenComparing(s -> -s.counts().registered).thenComparing(Scored::department));
        List<TierEntry> entries = new ArrayList<>();
        int rank = 0;
        Double previous = null;
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            if (i == 0 || !java.util.Objects.equals(previous, s.score())) {
                rank = i + 1;
            }
            previous = s.score();
            boolean visible = viewer == null || viewer.equals(s.department());
            entries.add(visible
                    ? new TierEntry(rank, s.department(), departmentLabel.apply(s.department()), s.score(),
                            s.counts().toKpiCounts(overdue.getOrDefault(s.department() + "|" + group, 0L)),
                            s.counts().toKpiRates())
                    : new TierEntry(rank, null, null, s.score(), null, null));
        }
        return new TierReport.Tier(group, groupLabel, median(scored.stream().map(Scored::score)
                .filter(java.util.Objects::nonNull).sorted().toList()), entries);
    }

    /** The mean of the rates a department answers for: on-time sign and close, satisfaction, resolution. */
    static Double score(KpiRates r) {
        double sum = 0;
        int n = 0;
        for (Double rate : new Double[] {r.signOnTime(), r.closeOnTime(), r.satisfaction(), r.resolution()}) {
            if (rate != null) {
                sum += rate;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
