package org.hotline.knowledge.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.hotline.knowledge.CategoryScore;

/**
 * Multinomial naive Bayes over {@link TextFeatures}, with a uniform prior: the sample tickets are few per category,
 * so their frequencies say little about tomorrow's calls. Examples can be added and taken back (an edited
 * knowledge-base entry replaces its old example). Thread-safe: a read-write lock guards the counts.
 */
final class NaiveBayesModel {

    /**
     * Additive smoothing. Small because bigram features are sparse; 0.02 was best of 0.003–1.0 on the held-out
     * fifth of the sample tickets.
     */
    static final double DEFAULT_ALPHA = 0.02;

    private final double alpha;

    private final Map<String, Map<String, Integer>> featureCounts = new HashMap<>();
    private final Map<String, Long> totalCounts = new HashMap<>();
    private final Map<String, Integer> documents = new HashMap<>();
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    NaiveBayesModel() {
        this(DEFAULT_ALPHA);
    }

    NaiveBayesModel(double alpha) {
        this.alpha = alpha;
    }

    void add(String category, Map<String, Integer> features) {
        change(category, features, 1);
    }

    void remove(String category, Map<String, Integer> features) {
        change(category, features, -1);
    }

    int examples() {
        lock.readLock().lock();
        try {
            return documents.values().stream().mapToInt(Integer::intValue).sum();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** @return the best {@code n} categories with softmax-normalised posteriors, best first */
    List<CategoryScore> top(Map<String, Integer> features, int n) {
        lock.readLock().lock();
        try {
            if (documents.isEmpty() || features.isEmpty()) {
                return List.of();
            }
            double vocabularySize = Math.max(1, vocabulary.size());
            List<Map.Entry<String, Double>> logs = new ArrayList<>(documents.size());
            for (String category : documents.keySet()) {
                Map<String, Integer> counts = featureCounts.getOrDefault(category, Map.of());
                double denominator = Math.log(totalCounts.getOrDefault(category, 0L) + alpha * vocabularySize);
                double logScore = 0;
                for (Map.Entry<String, Integer> f : features.entrySet()) {
                    if (!vocabulary.containsKey(f.getKey())) {
                        continue;
                    }
                    logScore += f.getValue() * (Math.log(counts.getOrDefault(f.getKey(), 0) + alpha) - denominator);
                }
                logs.add(Map.entry(category, logScore));
            }
            double max = logs.stream().mapToDouble(Map.Entry::getValue).max().orElse(0);
            double sum = logs.stream().mapToDouble(e -> Math.exp(e.getValue() - max)).sum();
            return logs.stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(n)
                    .map(e -> new CategoryScore(e.getKey(), Math.exp(e.getValue() - max) / sum))
                    .toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void change(String category, Map<String, Integer> features, int sign) {
        lock.writeLock().lock();
        try {
            Map<String, Integer> counts = featureCounts.computeIfAbsent(category, k -> new HashMap<>());
            long total = 0;
            for (Map.Entry<String, Integer> f : features.entrySet()) {
                int delta = sign * f.getValue();
                counts.merge(f.getKey(), delta, (a, b) -> a + b == 0 ? null : a + b);
                vocabulary.merge(f.getKey(), delta, (a, b) -> a + b == 0 ? null : a + b);
                total += delta;
            }
            totalCounts.merge(category, total, Long::sum);
            documents.merge(category, sign, (a, b) -> a + b == 0 ? null : a + b);
            if (!documents.containsKey(category)) {
                featureCounts.remove(category);
                totalCounts.remove(category);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
