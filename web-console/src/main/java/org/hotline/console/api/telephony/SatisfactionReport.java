package org.hotline.console.api.telephony;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hotline.telephony.AgentSatisfaction;

/**
 * {@code GET /api/calls/satisfaction}: per agent, the surveys answered, their mean score and how many of each score.
 *
 * @param from   start of the period, inclusive
 * @param to     end of the period, exclusive
 * @param agents one row per agent, ordered by agent; {@code agent} is null for surveyed calls without an agent
 */
record SatisfactionReport(Instant from, Instant to, List<Row> agents) {

    /** @param distribution count per score, keys {@code "1"}..{@code "5"} */
    record Row(String agent, long count, double average, Map<String, Long> distribution) {
    }

    static SatisfactionReport of(ReportPeriod period, List<AgentSatisfaction> rows) {
        return new SatisfactionReport(period.from(), period.to(), rows.stream().map(r -> {
            Map<String, Long> distribution = new LinkedHashMap<>();
            for (int score = 1; score <= r.distribution().size(); score++) {
                distribution.put(Integer.toString(score), r.distribution().get(score - 1));
            }
            return new Row(r.agent(), r.count(), Math.round(r.average() * 100) / 100.0, distribution);
        }).toList());
    }
}
