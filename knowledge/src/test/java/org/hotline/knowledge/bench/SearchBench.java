package org.hotline.knowledge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hotline.knowledge.ImportKind;
import org.hotline.knowledge.ImportReport;
import org.hotline.knowledge.KnowledgeImport;
import org.hotline.knowledge.KnowledgeSearch;
import org.hotline.knowledge.KnowledgeTestApplication;
import org.hotline.knowledge.SearchQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Search latency over 100,000 entries recombined from the sample knowledge base, against a MySQL
 * {@code LIKE '%…%'} scan of the same rows. Run with {@code mvn -Pbench -pl knowledge test} on an emptied
 * {@code hotline_bench} ({@code -Dhotline.bench.db=…} picks another database; {@code -Dbench.entries},
 * {@code -Dbench.queries}, {@code -Dbench.baselineQueries} shrink the run). Writes {@code target/bench/search.json}.
 */
@SpringBootTest(classes = KnowledgeTestApplication.class, properties = {
        "spring.datasource.url=jdbc:mysql://${hotline.test.db.host:127.0.0.1}:${hotline.test.db.port:3306}/"
                + "${hotline.bench.db:hotline_bench}"
                + "?sendFractionalSeconds=false&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
                + "&useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true",
        // Other modules' benchmarks share hotline_bench; each keeps its own migration history there.
        "spring.flyway.table=flyway_schema_history_knowledge",
        "spring.flyway.baseline-on-migrate=true",
        "spring.flyway.baseline-version=0",
        "hotline.seed.sample-city=false",
        "hotline.knowledge.import-max-rows=20000",
        "hotline.knowledge.import-max-bytes=100000000",
        "hotline.knowledge.index-dir=${java.io.tmpdir}/hotline-kb-bench-${random.uuid}"})
class SearchBench {

    private static final int ENTRIES = Integer.getInteger("bench.entries", 100_000);
    private static final int IMPORT_FILE_ROWS = 10_000;
    private static final int QUERIES = Integer.getInteger("bench.queries", 10_000);
    private static final int WARMUP = 2_000;
    private static final int BASELINE_QUERIES = Integer.getInteger("bench.baselineQueries", 200);
    private static final String[] DISTRICTS = {"江城区", "海滨区", "高新区", "临港区", "东湖县", "西山县"};
    private static final String[] ASPECTS = {"", "办理流程", "需要什么材料", "在哪里办", "多久能办好", "收费吗"};

    @Autowired
    KnowledgeImport knowledgeImport;

    @Autowired
    KnowledgeSearch search;

    @Autowired
    LikeBaselineMapper baseline;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void searchIsFastAndFarFasterThanLike() throws Exception {
        List<JsonNode> sample = sampleEntries();
        long importStarted = System.nanoTime();
        int imported = 0;
        for (int from = 0; from < ENTRIES; from += IMPORT_FILE_ROWS) {
            ImportReport report = knowledgeImport.importJsonl(generated(sample, from, IMPORT_FILE_ROWS), ImportKind.QA,
                    null);
            imported += report.created() + report.updated() + report.unchanged();
        }
        double importSeconds = (System.nanoTime() - importStarted) / 1e9;
        assertThat(imported).isEqualTo(ENTRIES);

        System.out.printf("bench: imported %d entries in %.1f s%n", imported, importSeconds);
        List<String> queries = queries(sample);
        long phase = System.nanoTime();
        for (int i = 0; i < WARMUP; i++) {
            search.search(query(queries.get(i % queries.size())));
        }
        System.out.printf("bench: warm-up %d queries in %.1f s%n", WARMUP, (System.nanoTime() - phase) / 1e9);
        long[] oneThread = run(queries, 1);
        System.out.printf("bench: 1 thread p50=%.2f ms p99=%.2f ms%n", ms(percentile(oneThread, 50)),
                ms(percentile(oneThread, 99)));
        long[] twoThreads = run(queries, 2);
        System.out.printf("bench: 2 threads p50=%.2f ms p99=%.2f ms%n", ms(percentile(twoThreads, 50)),
                ms(percentile(twoThreads, 99)));
        long[] suggest = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String q = queries.get(i);
            String partial = q.substring(0, Math.max(1, Math.min(q.length(), 2 + i % 5)));
            long t = System.nanoTime();
            search.suggest(partial, 8);
            suggest[i] = System.nanoTime() - t;
        }

        System.out.printf("bench: suggest p50=%.2f ms p99=%.2f ms%n", ms(percentile(suggest, 50)),
                ms(percentile(suggest, 99)));
        long[] like = new long[BASELINE_QUERIES];
        for (int i = 0; i < BASELINE_QUERIES; i++) {
            String keyword = keyword(queries.get(i * (QUERIES / BASELINE_QUERIES)));
            long t = System.nanoTime();
            baseline.search(keyword, 10);
            like[i] = System.nanoTime() - t;
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("entries", ENTRIES);
        figures.put("importSeconds", round(importSeconds));
        figures.put("queries", QUERIES);
        figures.put("lucene1ThreadP50Ms", ms(percentile(oneThread, 50)));
        figures.put("lucene1ThreadP99Ms", ms(percentile(oneThread, 99)));
        figures.put("lucene2ThreadsP50Ms", ms(percentile(twoThreads, 50)));
        figures.put("lucene2ThreadsP99Ms", ms(percentile(twoThreads, 99)));
        figures.put("suggest1ThreadP50Ms", ms(percentile(suggest, 50)));
        figures.put("suggest1ThreadP99Ms", ms(percentile(suggest, 99)));
        figures.put("baselineQueries", BASELINE_QUERIES);
        figures.put("likeP50Ms", ms(percentile(like, 50)));
        figures.put("likeP99Ms", ms(percentile(like, 99)));
        figures.put("speedupP50", round(percentile(like, 50) / (double) percentile(oneThread, 50)));
        figures.put("speedupP99", round(percentile(like, 99) / (double) percentile(oneThread, 99)));
        String report = json.writerWithDefaultPrettyPrinter().writeValueAsString(figures);
        System.out.println("search benchmark: " + report);
        Path out = Path.of("target", "bench", "search.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private long[] run(List<String> queries, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int perThread = QUERIES / threads;
            List<Callable<long[]>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * perThread;
                tasks.add(() -> {
                    long[] latencies = new long[perThread];
                    for (int i = 0; i < perThread; i++) {
                        SearchQuery q = query(queries.get((offset + i) % queries.size()));
                        long started = System.nanoTime();
                        search.search(q);
                        latencies[i] = System.nanoTime() - started;
                    }
                    return latencies;
                });
            }
            List<long[]> parts = new ArrayList<>();
            for (Future<long[]> f : pool.invokeAll(tasks)) {
                parts.add(f.get());
            }
            return parts.stream().flatMapToLong(Arrays::stream).toArray();
        } finally {
            pool.shutdown();
        }
    }

    private static SearchQuery query(String text) {
        return new SearchQuery(text, null, null, 10, SearchQuery.SearchOrigin.TYPING);
    }

    /** A 2–4 character piece of the query's longest Han run: what a LIKE search would be given. */
    private static String keyword(String query) {
        String han = query.replaceAll("[^\\p{IsHan}]+", " ").strip();
        String longest = Arrays.stream(han.split(" ")).max((a, b) -> a.length() - b.length()).orElse(query);
        int length = Math.min(4, longest.length());
        int start = (longest.length() - length) / 2;
        return longest.substring(start, start + length);
    }

    /** Questions, alternative questions and evaluation phrasings, shuffled with a fixed seed. */
    private List<String> queries(List<JsonNode> sample) throws IOException {
        List<String> pool = new ArrayList<>();
        for (JsonNode n : sample) {
            pool.add(n.get("question").asText());
            n.get("similar_questions").forEach(q -> pool.add(q.asText()));
        }
        try (InputStream in = getClass().getResourceAsStream("/eval/search-eval.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    pool.add(line.split("\t")[0]);
                }
            }
        }
        Random random = new Random(42);
        List<String> queries = new ArrayList<>(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            queries.add(pool.get(random.nextInt(pool.size())));
        }
        return queries;
    }

    private InputStream generated(List<JsonNode> sample, int from, int rows) throws IOException {
        StringBuilder out = new StringBuilder(rows * 900);
        for (int i = from; i < from + rows; i++) {
            JsonNode base = sample.get(i % sample.size());
            JsonNode other = sample.get((i * 7 + 13) % sample.size());
            String district = DISTRICTS[(i / sample.size()) % DISTRICTS.length];
            String aspect = ASPECTS[(i / (sample.size() * DISTRICTS.length)) % ASPECTS.length];
            ObjectNode entry = json.createObjectNode();
            entry.put("id", String.format("B%06d", i));
            entry.put("question", district + base.get("question").asText() + aspect);
            entry.set("similar_questions", base.get("similar_questions"));
            String otherAnswer = other.get("answer").asText();
            int cut = otherAnswer.indexOf('。');
            entry.put("answer", base.get("answer").asText() + (cut > 0 ? otherAnswer.substring(0, cut + 1) : ""));
            entry.put("category", base.get("category").asText());
            entry.put("department", base.get("department").asText());
            ArrayNode tags = json.createArrayNode();
            base.get("tags").forEach(tags::add);
            tags.add(district);
            entry.set("tags", tags);
            entry.set("policy_id", base.get("policy_id"));
            entry.set("valid_from", base.get("valid_from"));
            entry.set("valid_to", base.get("valid_to"));
            out.append(json.writeValueAsString(entry)).append('\n');
        }
        return new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<JsonNode> sampleEntries() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/sample-city/kb/qa.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        }
        return out;
    }

    private static long percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
