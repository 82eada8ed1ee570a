package org.hotline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KbStatus;
import org.junit.jupiter.api.Test;

/** The relevance query is one flat disjunction, and flattening it did not change a single score. */
class SearchQueriesTest {

    private final ChineseAnalysis analysis = new ChineseAnalysis();
    private final SearchQueries queries = new SearchQueries(analysis);

    @Test
    void fieldsWordsAreSplicedIntoOneDisjunction() {
        BooleanQuery query = (BooleanQuery) queries.textQuery("居民医保一年交多少钱，什么时候交？");

        // Nested, there would be one clause per field (five); spliced, single words sit at the top level. Only a
        // word's synonym alternatives (a graph of several words) stay grouped.
        assertThat(query.clauses()).hasSizeGreaterThan(20)
                .allSatisfy(clause -> assertThat(clause.getOccur()).isEqualTo(BooleanClause.Occur.SHOULD));
        assertThat(query.clauses()).extracting(clause -> ((BoostQuery) clause.getQuery()).getQuery().toString())
                .contains("question:居民", "alt:居民", "tags:居民", "answer:居民", "question:时候", "answer:时候");
    }

    @Test
    void flatQueryScoresEveryDocumentAsTheNestedOneDoes() throws IOException {
        String text = "外地户口的孩子在江海上学需要什么条件？";
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexing()))) {
                writer.addDocument(KbDocuments.of(entry("1", "外地户籍孩子在江海上学需要什么条件？",
                        "随迁子女入学需提供居住证和父母就业证明。")));
                writer.addDocument(KbDocuments.of(entry("2", "孩子上学报名需要什么材料？", "户口簿、房产证明。")));
                writer.addDocument(KbDocuments.of(entry("3", "江海的公交卡怎么办理？", "在地铁站客服中心办理。")));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ScoreDoc[] flat = searcher.search(queries.textQuery(text), 10).scoreDocs;
                ScoreDoc[] nested = searcher.search(nested(text), 10).scoreDocs;

                assertThat(flat).hasSameSizeAs(nested).hasSizeGreaterThanOrEqualTo(2);
                for (int i = 0; i < flat.length; i++) {
                    assertThat(flat[i].doc).isEqualTo(nested[i].doc);
                    assertThat(flat[i].score).isCloseTo(nested[i].score, offset(1e-4f));
                }
            }
        }
    }

    /** The same fields and weights as {@link SearchQueries#prepare}, each field's disjunction left nested. */
    private Query nested(String text) {
        QueryWords words = QueryWords.of(analysis.queryWords(), KbDocuments.QUESTION, text);
        SearchQueries.WordQueries fields = new SearchQueries.WordQueries(analysis.queryWords());
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(new BoostQuery(fields.anyOf(KbDocuments.QUESTION, words), 3.0f), BooleanClause.Occur.SHOULD);
        builder.add(new BoostQuery(fields.anyOf(KbDocuments.ALT_QUESTIONS, words), 2.5f), BooleanClause.Occur.SHOULD);
        builder.add(new BoostQuery(fields.anyOf(KbDocuments.TAGS, words), 1.5f), BooleanClause.Occur.SHOULD);
        builder.add(new BoostQuery(fields.anyOf(KbDocuments.ANSWER, words), 1.0f), BooleanClause.Occur.SHOULD);
        builder.add(new BoostQuery(new QueryBuilder(analysis.bigrams()).createBooleanQuery(
                KbDocuments.QUESTION_BIGRAMS, analysis.withoutFunctionWords(text)), 3.0f), BooleanClause.Occur.SHOULD);
        return builder.build();
    }

    private static KbEntry entry(String id, String question, String answer) {
        return new KbEntry(id, 1, question, List.of(), answer, "C0101", "SBZX", List.of("测试"), null, null, null,
                KbStatus.PUBLISHED, null, null);
    }
}
