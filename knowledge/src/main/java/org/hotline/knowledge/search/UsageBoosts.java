package org.hotline.knowledge.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.hotline.knowledge.KbEntryUsed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How often each entry was used to answer, per category, kept in memory for ranking. Loaded at index start and
 * followed through {@link KbEntryUsed} events of this node (other nodes' uses count from the next restart).
 */
@Component
class UsageBoosts {

    /** Weight of usage in the final score: ten uses lift an entry by about half its text score. */
    private static final double WEIGHT = 0.2;

    private final SearchStatsMapper mapper;
    private final Map<String, Map<String, LongAdder>> byEntry = new ConcurrentHashMap<>();

    UsageBoosts(SearchStatsMapper mapper) {
        this.mapper = mapper;
    }

    void reload() {
        byEntry.clear();
        for (UsageRow row : mapper.allUsage()) {
            counter(row.entryId, row.categoryCode).add(row.usedCount);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onUsed(KbEntryUsed event) {
        counter(event.entryId(), event.categoryCode()).increment();
    }

    /**
     * @param categoryCode the category the agent searches in (its uses count), or {@code null} for all uses
     * @return a factor of at least 1 to multiply the text score with
     */
    double factor(String entryId, String categoryCode) {
        Map<String, LongAdder> counts = byEntry.get(entryId);
        if (counts == null) {
            return 1.0;
        }
        long uses = 0;
        for (Map.Entry<String, LongAdder> e : counts.entrySet()) {
            if (categoryCode == null || e.getKey().startsWith(categoryCode)) {
                uses += e.getValue().sum();
            }
        }
        return 1.0 + WEIGHT * Math.log1p(uses);
    }

    boolean everUsed(String entryId) {
        return byEntry.containsKey(entryId);
    }

    private LongAdder counter(String entryId, String categoryCode) {
        return byEntry.computeIfAbsent(entryId, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(categoryCode, k -> new LongAdder());
    }
}
