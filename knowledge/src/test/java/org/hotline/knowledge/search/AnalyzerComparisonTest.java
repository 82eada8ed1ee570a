package org.hotline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KbStatus;
import org.junit.jupiter.api.Test;

/**
 * The issue asks to measure smartcn against HanLP portable (with a custom dictionary of hotline terms) on our own
 * evaluation set and keep the better. Same index layout, query, synonyms and stop words; only the word segmenter
 * differs. No usage boosts (none exist in a fresh index).
 */
class AnalyzerComparisonTest {

    record Score(double top1, double top3) {
    }

    @Test
    void smartcnRanksAtLeastAsWellAsHanLpOnTheEvaluationSet() throws IOException {
        List<KbEntry> entries = sampleEntries();
        List<String[]> cases = evaluationSet();

        Score smartcn = evaluate(new ChineseAnalysis(), entries, cases);
        loadCustomDictionary();
        Score hanlp = evaluate(new ChineseAnalysis(HanLpTokenizer::new), entries, cases);

        System.out.printf("analyzer comparison on %d queries: smartcn top1=%.3f top3=%.3f; "
                + "hanlp portable + custom dictionary top1=%.3f top3=%.3f%n", cases.size(), smartcn.top1(),
                smartcn.top3(), hanlp.top1(), hanlp.top3());
        assertThat(smartcn.top3()).isGreaterThanOrEqualTo(0.9);
        assertThat(smartcn.top1() + smartcn.top3()).isGreaterThanOrEqualTo(hanlp.top1() + hanlp.top3());
    }

    private static Score evaluate(ChineseAnalysis analysis, List<KbEntry> entries, List<String[]> cases)
            throws IOException {
        long today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toEpochDay();
        SearchQueries queries = new SearchQueries(analysis);
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexing()))) {
                for (KbEntry entry : entries) {
                    writer.addDocument(KbDocuments.of(entry));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int top1 = 0;
                int top3 = 0;
                for (String[] c : cases) {
                    Query query = SearchQueries.servable(queries.textQuery(c[0]), null, null, today);
                    ScoreDoc[] hits = searcher.search(query, 3).scoreDocs;
                    List<String> ids = new ArrayList<>();
                    for (ScoreDoc hit : hits) {
                        ids.add(searcher.storedFields().document(hit.doc).get(KbDocuments.ID));
                    }
                    top1 += !ids.isEmpty() && ids.get(0).equals(c[1]) ? 1 : 0;
                    top3 += ids.contains(c[1]) ? 1 : 0;
                }
                return new Score(top1 / (double) cases.size(), top3 / (double) cases.size());
            }
        }
    }

    private static void loadCustomDictionary() throws IOException {
        for (String word : read("/eval/hanlp-custom-dictionary.txt")) {
            if (!word.isBlank()) {
                CustomDictionary.add(word.strip());
            }
        }
    }

    private static List<String[]> evaluationSet() throws IOException {
        List<String[]> cases = new ArrayList<>();
        for (String line : read("/eval/search-eval.tsv")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t");
                cases.add(new String[] {parts[0].strip(), parts[1].strip()});
            }
        }
        return cases;
    }

    private static List<KbEntry> sampleEntries() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<KbEntry> entries = new ArrayList<>();
        for (String line : read("/sample-city/kb/qa.jsonl")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            List<String> alts = new ArrayList<>();
            n.get("similar_questions").forEach(a -> alts.add(a.asText()));
            List<String> tags = new ArrayList<>();
            n.get("tags").forEach(t -> tags.add(t.asText()));
            entries.add(new KbEntry(n.get("id").asText(), 1, n.get("question").asText(), alts, n.get("answer").asText(),
                    n.get("category").asText(), n.get("department").asText(), tags, null, date(n, "valid_from"),
                    date(n, "valid_to"), KbStatus.PUBLISHED, null, null));
        }
        return entries;
    }

    private static LocalDate date(JsonNode n, String field) {
        return n.get(field).isNull() ? null : LocalDate.parse(n.get(field).asText());
    }

    private static List<String> read(String resource) throws IOException {
        try (InputStream in = AnalyzerComparisonTest.class.getResourceAsStream(resource)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }
}
