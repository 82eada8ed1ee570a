package org.hotline.workflow.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the slots of a rollup row back into one. Ticket commands add to one of {@link FactDefinitions#SLOTS} slot
 * rows so that they rarely wait for each other; readers would have to sum all of them (eight rows per group and
 * month, say), so the days and months that commands touched are folded every
 * {@code hotline.analytics.compact-interval} (1 min): per dimension and day, in one short transaction, each group's
 * rows are summed into its lowest slot row and the others deleted. Sums never change, only the number of rows.
 * The compactor locks only rows that exist, in the same order as the commands, and never inserts one, so it cannot
 * deadlock with them. At start every month is folded once (rows from before the compactor existed).
 */
@Component
class RollupCompactor {
    private static final Logger log = LoggerFactory.getLogger(RollupCompactor.class);

    private final AnalyticsMapper mapper;
    private final TransactionTemplate transactions;
    private final Set<LocalDate> touchedDays = ConcurrentHashMap.newKeySet();
    private final Set<LocalDate> touchedMonths = ConcurrentHashMap.newKeySet();

    RollupCompactor(AnalyticsMapper mapper, PlatformTransactionManager transactionManager) {
        this.mapper = mapper;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A command added to the rows of this day and month. */
    void touched(LocalDate day, LocalDate month) {
        touchedDays.add(day);
        touchedMonths.add(month);
    }

    @EventListener(ApplicationReadyEvent.class)
    void compactEveryMonth() {
        try {
            for (LocalDate month : mapper.findRollupDays(Dimension.CHANNEL.code(true))) {
                compact(month, true);
            }
        } catch (RuntimeException e) {
            log.warn("folding the month rollup rows at start failed: {}", e.toString());
        }
    }

    @Scheduled(initialDelayString = "${hotline.analytics.compact-interval:60s}",
            fixedDelayString = "${hotline.analytics.compact-interval:60s}")
    void compactTouched() {
        try {
            compactTouchedNow();
        } catch (RuntimeException e) {
            log.warn("folding the rollup rows failed, next time again: {}", e.toString());
        }
    }

    /** Folds the rows of every day and month touched since the last run; @return the rows deleted */
    long compactTouchedNow() {
        long deleted = 0;
        for (LocalDate day : drain(touchedDays)) {
            deleted += compact(day, false);
        }
        for (LocalDate month : drain(touchedMonths)) {
            deleted += compact(month, true);
        }
        return deleted;
    }

    private static List<LocalDate> drain(Set<LocalDate> touched) {
        List<LocalDate> days = new ArrayList<>(touched);
        touched.removeAll(days);
        days.sort(null);
        return days;
    }

    /** Folds every dimension's rows of one day (or month row date); @return the rows deleted */
    long compact(LocalDate day, boolean monthly) {
        long deleted = 0;
        for (Dimension dimension : Dimension.values()) {
            String code = dimension.code(monthly);
            Long n = transactions.execute(status -> compact(code, day));
            deleted += n == null ? 0 : n;
        }
        return deleted;
    }

    private long compact(String code, LocalDate day) {
        Map<String, List<RollupRow>> byKey = new LinkedHashMap<>();
        for (RollupRow row : mapper.lockRollupRows(code, day)) {
            byKey.computeIfAbsent(row.key, k -> new ArrayList<>()).add(row);
        }
        List<RollupRow> surplus = new ArrayList<>();
        for (List<RollupRow> rows : byKey.values()) {
            if (rows.size() < 2) {
                continue;
            }
            RollupRow target = rows.get(0);
            Counts total = new Counts();
            rows.forEach(row -> total.add(row.counts, 1));
            mapper.setRollup(code, day, target.key, target.slot, total);
            surplus.addAll(rows.subList(1, rows.size()));
        }
        for (int i = 0; i < surplus.size(); i += 200) {
            mapper.deleteRollupRows(code, day, surplus.subList(i, Math.min(surplus.size(), i + 200)));
        }
        return surplus.size();
    }
}
