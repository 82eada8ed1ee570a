package org.hotline.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
 * The node-local Lucene index of published entries. Rebuilt from the database at start (so the disk copy never
 * needs to be trusted) and updated after every committed change. Searchers come from a {@link SearcherManager},
 * which makes concurrent reads safe while a single writer applies changes.
 */
@Component
class KbIndex implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KbIndex.class);

    private final KnowledgeBase knowledgeBase;
    private final KnowledgeProperties properties;
    private final ChineseAnalysis analysis;
    private final UsageBoosts usage;
    private final Object lifecycleLock = new Object();
    private Directory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;

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
                knowledgeBase.scanCurrent(entry -> {
                    if (entry.status() == KbStatus.PUBLISHED) {
                        addUnchecked(entry);
                        indexed.incrementAndGet();
                    }
                });
                writer.commit();
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
                searchers.close();
                writer.commit();
                writer.close();
                directory.close();
            } catch (IOException e) {
                log.warn("closing the knowledge index failed: {}", e.toString());
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
        try {
            for (KbEntry entry : entries) {
                if (entry.status() == KbStatus.PUBLISHED) {
                    writer.updateDocument(new Term(KbDocuments.ID, entry.id()), KbDocuments.of(entry));
                } else {
                    writer.deleteDocuments(new Term(KbDocuments.ID, entry.id()));
                }
            }
            manager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("updating the knowledge index failed", e);
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
        return manager.acquire();
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
