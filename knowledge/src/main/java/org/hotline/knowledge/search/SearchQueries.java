package org.hotline.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** Builds Lucene queries from user text through analyzers only. Thread-safe. */
final class SearchQueries {

    private final ChineseAnalysis analysis;
    private final WordQueries words;
    private final QueryBuilder bigrams;

    SearchQueries(ChineseAnalysis analysis) {
        this.analysis = analysis;
        this.words = new WordQueries(analysis.queryWords());
        this.bigrams = new QueryBuilder(analysis.bigrams());
    }

    /** A relevance query with the words a snippet of its hits marks. */
    record TextQuery(Query query, List<String> highlightTerms) {
    }

    /**
     * The relevance query: words and character bigrams of the questions weigh most (bigrams catch words smartcn
     * splits differently in a caller's phrasing, e.g. 租房 → 租 / 房); the answer counts less. Weights were tuned
     * on the evaluation set in src/test/resources/eval. The text is segmented once for all word fields.
     *
     * @return the query, {@code null} when no field has a term to look for, and the snippet words
     */
    TextQuery prepare(String text) {
        QueryWords analysed = QueryWords.of(analysis.queryWords(), KbDocuments.QUESTION, text);
        String matter = analysis.withoutFunctionWords(text);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        clauses += add(builder, words.anyOf(KbDocuments.QUESTION, analysed), 3.0f);
        clauses += add(builder, words.anyOf(KbDocuments.ALT_QUESTIONS, analysed), 2.5f);
        clauses += add(builder, words.anyOf(KbDocuments.TAGS, analysed), 1.5f);
        clauses += add(builder, words.anyOf(KbDocuments.ANSWER, analysed), 1.0f);
        clauses += add(builder, bigrams.createBooleanQuery(KbDocuments.QUESTION_BIGRAMS, matter), 3.0f);
        return new TextQuery(clauses == 0 ? null : builder.build(), analysed.highlightTerms());
    }

    /** @return the relevance query of {@link #prepare}, or {@code null} when no field has a term to look for */
    Query textQuery(String text) {
        return prepare(text).query();
    }

    /**
     * Adds a field's query with its weight. A field's plain disjunction of words is spliced in word by word, which
     * scores the same (a boosted sum equals the sum of boosted parts) but gives block-max WAND one flat disjunction
     * whose per-word score bounds let it skip far more documents than nested disjunctions do.
     */
    private static int add(BooleanQuery.Builder builder, Query query, float boost) {
        if (query == null) {
            return 0;
        }
        if (query instanceof BooleanQuery disjunction && disjunction.getMinimumNumberShouldMatch() == 0
                && disjunction.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
            for (BooleanClause clause : disjunction.clauses()) {
                builder.add(new BoostQuery(clause.getQuery(), boost), BooleanClause.Occur.SHOULD);
            }
        } else {
            builder.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        }
        return 1;
    }

    /** Nearly every entry is valid, so Lucene may check doc values of the text matches instead of a point scan. */
    private static Query range(String field, long from, long to) {
        return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(field, from, to),
                NumericDocValuesField.newSlowRangeQuery(field, from, to));
    }

    /** Builds the same queries as {@link QueryBuilder#createBooleanQuery(String, String)} from replayed words. */
    static final class WordQueries extends QueryBuilder {

        WordQueries(Analyzer analyzer) {
            super(analyzer);
        }

        Query anyOf(String field, QueryWords analysed) {
            try (TokenStream tokens = analysed.replay()) {
                return createFieldQuery(tokens, BooleanClause.Occur.SHOULD, field, false, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Restricts to entries valid on {@code today} (epoch day) and to the requested category and department. */
    static Query servable(Query query, String category, String department, long today) {
        BooleanQuery.Builder builder = scopedBuilder(query, category, department)
                .add(range(KbDocuments.VALID_FROM, Long.MIN_VALUE, today), BooleanClause.Occur.FILTER)
                .add(range(KbDocuments.VALID_TO, today, Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        return builder.build();
    }

    /**
     * Restricts to the requested category and department only. Nearly every entry is inside its validity window,
     * and validity filters turn a disjunction that block-max WAND can stop early into a conjunction that visits
     * every match, so the search checks validity on the top hits instead (see {@link #servable} for the fallback).
     */
    static Query scoped(Query query, String category, String department) {
        if (category == null && department == null) {
            return query;
        }
        return scopedBuilder(query, category, department).build();
    }

    private static BooleanQuery.Builder scopedBuilder(Query query, String category, String department) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (category != null) {
            builder.add(new PrefixQuery(new Term(KbDocuments.CATEGORY, category)), BooleanClause.Occur.FILTER);
        }
        if (department != null) {
            builder.add(new TermQuery(new Term(KbDocuments.DEPARTMENT, department)), BooleanClause.Occur.FILTER);
        }
        return builder;
    }

}
