package org.hotline.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.hotline.knowledge.KbEntriesChanged;
import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KbStatus;
import org.hotline.knowledge.KnowledgeBase;
import org.hotline.knowledge.KnowledgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The node-local Lucene index of published, unexpired entries. Rebuilt from the database at start (so the disk copy
 * never needs to be trusted) and updated after every committed change. Searchers come from a {@link SearcherManager},
 * which makes concurrent reads safe while a single writer applies changes.
 *
 * <p>Entries whose validity ended are left out, and the first {@link #acquire} of each day (China time) removes those
 * that expired overnight. A knowledge base keeps every year's superseded policy answers; with them in the index the
 * best text matches of a question are often expired copies, and the search then has to fall back to a filtered
 * query that visits every match. Entries not yet valid stay in and are filtered at search time: they are few.
 *
 * <p>The index is kept to few segments: after the rebuild it is merged into one, and when changes have left more
 * than {@value #MAX_SEGMENTS}, a background merge joins them again once changes pause for a moment (a bulk import
 * is merged once, at its end). A query pays a terms lookup and a scorer per clause and segment, which with ten
 * segments cost more than the scoring itself.
 */
@Component
class KbIndex implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KbIndex.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int MAX_SEGMENTS = 4;
    private static final long MERGE_DELAY_MILLIS = 1_000;

    private final KnowledgeBase knowledgeBase;
    private final KnowledgeProperties properties;
    private final ChineseAnalysis analysis;
    private final UsageBoosts usage;
    private final Object lifecycleLock = new Object();
    private final Object purgeLock = new Object();
    private final Object mergeLock = new Object();
    private ScheduledExecutorService merges;
    private ScheduledFuture<?> pendingMerge;
    private Directory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    /** The day (epoch day, China time) whose expired entries are out of the index. */
    private volatile long purgedThrough;

    KbIndex(KnowledgeBase knowledgeBase, KnowledgeProperties properties, ChineseAnalysis analysis, UsageBoosts usage) {
        this.knowledgeBase = knowledgeBase;
        this.properties = properties;
        this.analysis = analysis;
        this.usage = usage;
    }

    @Override
    public void start() {
        synchronized (lifecycleLock) {
            if (searchers != null) {
                return;
            }
            try {
                long started = System.nanoTime();
                Path path = Path.of(properties.getIndexDir());
                Files.createDirectories(path);
                directory = FSDirectory.open(path);
                IndexWriterConfig config = new IndexWriterConfig(analysis.indexing())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                        .setRAMBufferSizeMB(64);
                writer = new IndexWriter(directory, config);
                AtomicInteger indexed = new AtomicInteger();
                long today = today();
                purgedThrough = today;
                knowledgeBase.scanCurrent(entry -> {
                    if (belongs(entry, today)) {
                        addUnchecked(entry);
                        indexed.incrementAndGet();
                    }
                });
                writer.forceMerge(1);
                writer.commit();
                merges = Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "kb-index-merge");
                    thread.setDaemon(true);
                    return thread;
                });
                searchers = new SearcherManager(writer, null);
                usage.reload();
                log.info("kb index rebuilt entries={} dir={} tookMs={}", indexed.get(), path,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (IOException e) {
                throw new UncheckedIOException("opening the knowledge index failed", e);
            }
        }
    }

    @Override
    public void stop() {
        synchronized (lifecycleLock) {
            if (searchers == null) {
                return;
            }
            try {
                // Not interrupted: an interrupt during I/O would close the writer's files under it.
                merges.shutdown();
                merges.awaitTermination(60, TimeUnit.SECONDS);
                searchers.close();
                writer.commit();
                writer.close();
                directory.close();
            } catch (IOException e) {
                log.warn("closing the knowledge index failed: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                searchers = null;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return searchers != null;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onEntriesChanged(KbEntriesChanged event) {
        apply(event.entries());
    }

    /** Brings the index in line with these current versions and makes the change visible before returning. */
    void apply(List<KbEntry> entries) {
        SearcherManager manager = searchers;
        if (manager == null) {
            // Not started yet: the rebuild at start reads the database and will include these entries.
            return;
        }
        long today = today();
        try {
            for (KbEntry entry : entries) {
                if (belongs(entry, today)) {
                    writer.updateDocument(new Term(KbDocuments.ID, entry.id()), KbDocuments.of(entry));
                } else {
                    writer.deleteDocuments(new Term(KbDocuments.ID, entry.id()));
                }
            }
            manager.maybeRefreshBlocking();
            if (segments(manager) > MAX_SEGMENTS) {
                mergeSoon();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("updating the knowledge index failed", e);
        }
    }

    /** @return the number of segments searchers currently see */
    int segments() throws IOException {
        SearcherManager manager = searchers;
        return manager == null ? 0 : segments(manager);
    }

    private static int segments(SearcherManager manager) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            manager.release(searcher);
        }
    }

    /** Merges into one segment off the caller's thread, once no change has asked for it for a moment. */
    private void mergeSoon() {
        synchronized (mergeLock) {
            if (pendingMerge != null) {
                pendingMerge.cancel(false);
            }
            pendingMerge = merges.schedule(this::mergeNow, MERGE_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void mergeNow() {
        SearcherManager manager = searchers;
        if (manager == null) {
            return;
        }
        try {
            long started = System.nanoTime();
            writer.forceMerge(1);
            manager.maybeRefreshBlocking();
            log.info("kb index merged into one segment tookMs={}", (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.warn("merging the knowledge index failed: {}", e.toString());
        }
    }

    /**
     * @return a searcher to be given back with {@link #release}
     * @throws IllegalStateException when the index is not open
     */
    IndexSearcher acquire() throws IOException {
        SearcherManager manager = searchers;
        if (manager == null) {
            throw new IllegalStateException("the knowledge index is not open");
        }
        long today = today();
        if (today > purgedThrough) {
            dropExpired(today);
        }
        return manager.acquire();
    }

    /**
     * Removes entries whose validity ended before {@code today} (epoch day) and makes that visible. Idempotent;
     * concurrent callers wait for the one doing it.
     */
    void dropExpired(long today) throws IOException {
        synchronized (purgeLock) {
            SearcherManager manager = searchers;
            if (manager == null || today <= purgedThrough) {
                return;
            }
            writer.deleteDocuments(LongPoint.newRangeQuery(KbDocuments.VALID_TO, Long.MIN_VALUE, today - 1));
            manager.maybeRefreshBlocking();
            purgedThrough = today;
            log.info("kb index dropped entries expired before {}", LocalDate.ofEpochDay(today));
        }
    }

    /** @return today in China (epoch day): the day validity windows are checked against, here and in searches */
    static long today() {
        return LocalDate.now(ZONE).toEpochDay();
    }

    /** Whether the index holds this version: published and not expired (it may not be valid yet). */
    private static boolean belongs(KbEntry entry, long today) {
        return entry.status() == KbStatus.PUBLISHED
                && (entry.validTo() == null || entry.validTo().toEpochDay() >= today);
    }

    void release(IndexSearcher searcher) throws IOException {
        SearcherManager manager = searchers;
        if (manager != null) {
            manager.release(searcher);
        }
    }

    private void addUnchecked(KbEntry entry) {
        try {
            writer.addDocument(KbDocuments.of(entry));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
