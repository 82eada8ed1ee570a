package org.hotline.console.api.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hotline.knowledge.TicketTerms;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Category;
import org.hotline.workflow.KpiGroup;
import org.hotline.workflow.KpiGroupBy;
import org.hotline.workflow.KpiReport;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.TicketAnalytics;
import org.springframework.stereotype.Component;

/**
 * Hot topics from counts kept as tickets arrive: categories from the daily rollup
 * ({@link TicketAnalytics#kpis} by category, which also checks the period and the reader's role), terms from
 * {@link TicketTerms} (the candidates of the period, counted in both periods). Never reads a ticket.
 */
@Component
class HotTopics {
    static final int MAX_LIMIT = 100;

    private final TicketAnalytics analytics;
    private final TicketTerms terms;
    private final OrgDirectory org;

    HotTopics(TicketAnalytics analytics, TicketTerms terms, OrgDirectory org) {
        this.analytics = analytics;
        this.terms = terms;
        this.org = org;
    }

    HotTopicReport report(LocalDate from, LocalDate to, int limit, Actor actor) {
        return report(from, to, limit, actor, analytics.kpis(from, to, KpiGroupBy.CATEGORY, actor));
    }

    /** @param current the period's figures by category, already read by the caller (reports) */
    HotTopicReport report(LocalDate from, LocalDate to, int limit, Actor actor, KpiReport current) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = previousTo.minusDays(days - 1);
        KpiReport previous = analytics.kpis(previousFrom, previousTo, KpiGroupBy.CATEGORY, actor);

        Map<String, Long> before = new HashMap<>();
        previous.groups().forEach(g -> before.put(g.key(), g.counts().registered()));
        List<HotTopicReport.HotCategory> categories = new ArrayList<>();
        for (KpiGroup group : current.groups()) {
            long count = group.counts().registered();
            long was = before.getOrDefault(group.key(), 0L);
            if (count > was) {
                double score = Significance.score(count, was);
                categories.add(new HotTopicReport.HotCategory(group.key(), group.label(),
                    org.category(group.key()).map(Category::parentCode).orElse(null), count, was,
                    Significance.change(count, was), score, score >= Significance.THRESHOLD));
            }
        }
        categories.sort(Comparator.comparingDouble((HotTopicReport.HotCategory c) -> -c.score())
            .thenComparingLong(c -> -c.count()).thenComparing(HotTopicReport.HotCategory::key));

        Set<String> candidates = terms.candidates(from, to);
        Map<String, Long> now = terms.count(from, to, candidates);
        Map<String, Long> then = terms.count(previousFrom, previousTo, candidates);
        List<HotTopicReport.HotTerm> rising = new ArrayList<>();
        now.forEach((term, count) -> {
            long was = then.getOrDefault(term, 0L);
            if (count > was) {
                double score = Significance.score(count, was);
                rising.add(new HotTopicReport.HotTerm(term, count, was, Significance.change(count, was), score,
                    score >= Significance.THRESHOLD));
            }
        });
        rising.sort(Comparator.comparingDouble((HotTopicReport.HotTerm t) -> -t.score())
            .thenComparingLong(t -> -t.count()).thenComparing(HotTopicReport.HotTerm::term));
        return new HotTopicReport(from, to, previousFrom, previousTo, top(categories, limit), top(rising, limit));
    }

    private static <T> List<T> top(List<T> list, int limit) {
        return list.size() > limit ? List.copyOf(list.subList(0, limit)) : list;
    }
}
