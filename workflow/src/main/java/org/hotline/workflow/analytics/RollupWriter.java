package org.hotline.workflow.analytics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Moves a ticket's contribution in the daily rollup from its old fact to its new one, in the caller's transaction.
 * Rows are touched in one global order so that concurrent commands never wait for each other in a cycle.
 */
@Component
class RollupWriter {
    private static final Comparator<RowKey> ORDER = Comparator.comparing(RowKey::code)
            .thenComparing(RowKey::day).thenComparing(RowKey::key).thenComparingInt(RowKey::slot);

    private final AnalyticsMapper mapper;
    private final RollupCompactor compactor;

    RollupWriter(AnalyticsMapper mapper, RollupCompactor compactor) {
        this.mapper = mapper;
        this.compactor = compactor;
    }

    /** @param old the fact the rollup holds now, or null; @param current the fact it should hold instead */
    void replace(TicketFact old, TicketFact current) {
        Map<RowKey, Counts> deltas = new TreeMap<>(ORDER);
        for (Dimension dimension : Dimension.values()) {
            for (boolean monthly : new boolean[] {false, true}) {
                if (old != null) {
                    deltas.computeIfAbsent(RowKey.of(dimension, monthly, old), k -> new Counts())
                            .add(old.counts, -1);
                }
                deltas.computeIfAbsent(RowKey.of(dimension, monthly, current), k -> new Counts())
                        .add(current.counts, 1);
            }
        }
        if (old != null && !old.day.equals(current.day)) {
            compactor.touched(old.day, old.day.withDayOfMonth(1));
        }
        compactor.touched(current.day, current.day.withDayOfMonth(1));
        deltas.forEach((row, delta) -> {
            if (delta.isZero()) {
                return;
            }
            mapper.addToRollup(row.code(), row.day(), row.key(), row.slot(), delta);
            if (delta.registered < 0) {
                mapper.deleteEmptyRollup(row.code(), row.day(), row.key(), row.slot());
            }
        });
    }

    /** A rollup row: a day row, or a month row dated the month's first day. */
    private record RowKey(String code, LocalDate day, String key, int slot) {
        static RowKey of(Dimension dimension, boolean monthly, TicketFact fact) {
            return new RowKey(dimension.code(monthly), monthly ? fact.day.withDayOfMonth(1) : fact.day, dimension.keyOf(fact),
                    fact.slot);
        }
    }
}
