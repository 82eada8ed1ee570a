package org.hotline.knowledge.classify;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.hotline.knowledge.CategoryScore;
import org.hotline.knowledge.InvalidKbEntryException;
import org.hotline.knowledge.KbEntriesChanged;
import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KbStatus;
import org.hotline.knowledge.KnowledgeBase;
import org.hotline.knowledge.TicketClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Naive Bayes category suggestion. At start it learns from the sample tickets, the leaf categories' names and
 * descriptions, every stored learned example and every published knowledge-base entry; afterwards from
 * {@link #learn} and from entry changes (an edited entry's old examples are taken back).
 */
@Service
class BayesTicketClassifier implements TicketClassifier, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BayesTicketClassifier.class);
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");
    private static final int MAX_TEXT = 2000;

    private final LearnedExampleMapper mapper;
    private final KnowledgeBase knowledgeBase;
    private final ResourceLoader resources;
    private final String seedLocation;
    private final NaiveBayesModel model = new NaiveBayesModel();
    /** What each entry contributed, so that an edit can take it back; guarded by itself. */
    private final Map<String, List<TrainingCorpus.Example>> entryExamples = new HashMap<>();
    private volatile boolean running;

    BayesTicketClassifier(LearnedExampleMapper mapper, KnowledgeBase knowledgeBase, ResourceLoader resources,
                          @Value("${hotline.seed.location:classpath:sample-city/}") String seedLocation) {
        this.mapper = mapper;
        this.knowledgeBase = knowledgeBase;
        this.resources = resources;
        this.seedLocation = seedLocation.endsWith("/") ? seedLocation : seedLocation + "/";
    }

    @Override
    public List<CategoryScore> classify(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String capped = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        return model.top(TextFeatures.presence(capped), 3);
    }

    @Override
    public void learn(String text, String categoryCode) {
        List<String> problems = new ArrayList<>();
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT) {
            problems.add("text must be 1.." + MAX_TEXT + " characters");
        }
        if (categoryCode == null || !CATEGORY.matcher(categoryCode).matches()) {
            problems.add("category code is malformed");
        }
        if (!problems.isEmpty()) {
            throw new InvalidKbEntryException(problems);
        }
        mapper.insert(trimmed, categoryCode, Instant.now());
        model.add(categoryCode, TextFeatures.presence(trimmed));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onEntriesChanged(KbEntriesChanged event) {
        if (!running) {
            return;
        }
        for (KbEntry entry : event.entries()) {
            replace(entry);
        }
    }

    @Override
    public void start() {
        long started = System.nanoTime();
        int tickets = addAll(read("tickets/train.jsonl", true));
        int categories = addAll(read("taxonomy/categories.csv", false));
        int learned = addAll(mapper.all());
        int[] entries = {0};
        knowledgeBase.scanCurrent(entry -> {
            replace(entry);
            entries[0]++;
        });
        running = true;
        log.info("ticket classifier trained tickets={} categories={} learned={} kbEntries={} tookMs={}", tickets,
                categories, learned, entries[0], (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void replace(KbEntry entry) {
        synchronized (entryExamples) {
            List<TrainingCorpus.Example> previous = entryExamples.remove(entry.id());
            if (previous != null) {
                previous.forEach(e -> model.remove(e.categoryCode(), TextFeatures.presence(e.text())));
            }
            if (entry.status() == KbStatus.PUBLISHED) {
                List<TrainingCorpus.Example> examples = TrainingCorpus.entry(entry);
                examples.forEach(e -> model.add(e.categoryCode(), TextFeatures.presence(e.text())));
                entryExamples.put(entry.id(), examples);
            }
        }
    }

    private int addAll(List<TrainingCorpus.Example> examples) {
        examples.forEach(e -> model.add(e.categoryCode(), TextFeatures.presence(e.text())));
        return examples.size();
    }

    private List<TrainingCorpus.Example> read(String path, boolean tickets) {
        Resource resource = resources.getResource(seedLocation + path);
        if (!resource.exists()) {
            log.warn("classifier training file missing: {}{}", seedLocation, path);
            return List.of();
        }
        try (InputStream in = resource.getInputStream()) {
            return tickets ? TrainingCorpus.tickets(in) : TrainingCorpus.categories(in);
        } catch (IOException e) {
            log.warn("classifier training file unreadable: {}{} ({})", seedLocation, path, e.toString());
            return List.of();
        }
    }
}
