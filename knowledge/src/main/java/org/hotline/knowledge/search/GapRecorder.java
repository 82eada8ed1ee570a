package org.hotline.knowledge.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.hotline.knowledge.KnowledgeGap;
import org.hotline.knowledge.KnowledgeGaps;
import org.hotline.knowledge.KnowledgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Counts agent queries in memory and writes the sums to {@code kb_query_stat} every few seconds, so searching
 * never waits for the database. A query is a gap when it found nothing or its top hit was never used to answer;
 * that is decided when the gaps are read, so a later use of the entry closes the gap.
 */
@Component
class GapRecorder implements KnowledgeGaps, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GapRecorder.class);
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{5,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_PENDING = 10_000;

    /** Counts of one normalised query since the last flush. */
    private static final class Pending {
        long occurrences;
        long noResults;
        String topEntryId;
        Instant lastSeen;
    }

    private final SearchStatsMapper mapper;
    private final KnowledgeProperties properties;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Object flushLock = new Object();
    private volatile ScheduledExecutorService scheduler;

    GapRecorder(SearchStatsMapper mapper, KnowledgeProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    /** Personal numbers (phones, ID numbers) are masked so that the gap list never holds them. */
    static String normalise(String text) {
        String masked = DIGIT_RUN.matcher(ID_NUMBER.matcher(text).replaceAll("#")).replaceAll("#");
        String collapsed = SPACES.matcher(masked.strip()).replaceAll(" ");
        return collapsed.length() > 200 ? collapsed.substring(0, 200) : collapsed;
    }

    void record(String text, String topEntryId) {
        String query = normalise(text);
        if (query.codePointCount(0, query.length()) < 2 || (pending.size() >= MAX_PENDING && !pending.containsKey(query))) {
            return;
        }
        Instant now = Instant.now();
        pending.compute(query, (k, p) -> {
            Pending counts = p == null ? new Pending() : p;
            counts.occurrences++;
            if (topEntryId == null) {
                counts.noResults++;
            }
            counts.topEntryId = topEntryId;
            counts.lastSeen = now;
            return counts;
        });
    }

    @Override
    public List<KnowledgeGap> gaps(int limit) {
        flush();
        int clamped = Math.max(1, Math.min(500, limit));
        List<KnowledgeGap> gaps = new ArrayList<>();
        for (QueryStatRow row : mapper.gaps(clamped)) {
            gaps.add(new KnowledgeGap(row.queryNorm, row.occurrences, row.noResultCount, row.topEntryId, row.lastSeen));
        }
        return gaps;
    }

    void flush() {
        synchronized (flushLock) {
            for (String query : List.copyOf(pending.keySet())) {
                Pending counts = pending.remove(query);
                if (counts == null) {
                    continue;
                }
                try {
                    write(query, counts);
                } catch (DataAccessException e) {
                    log.warn("kb query stats not written: {}", e.getClass().getSimpleName());
                }
            }
        }
    }

    private void write(String query, Pending c) {
        if (mapper.addToQueryStat(query, c.occurrences, c.noResults, c.topEntryId, c.lastSeen) > 0) {
            return;
        }
        try {
            mapper.insertQueryStat(query, c.occurrences, c.noResults, c.topEntryId, c.lastSeen);
        } catch (DuplicateKeyException insertedByAnotherNode) {
            mapper.addToQueryStat(query, c.occurrences, c.noResults, c.topEntryId, c.lastSeen);
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kb-gap-flush");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(100, properties.getGapFlushInterval().toMillis());
        executor.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
        scheduler = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = scheduler;
        scheduler = null;
        if (executor != null) {
            executor.shutdownNow();
            flushQuietly();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("kb query stats flush failed: {}", e.toString());
        }
    }
}
