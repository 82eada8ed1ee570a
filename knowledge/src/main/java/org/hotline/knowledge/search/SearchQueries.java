package org.hotline.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
    private final QueryBuilder words;
    private final QueryBuilder bigrams;

    SearchQueries(ChineseAnalysis analysis) {
        this.analysis = analysis;
        this.words = new QueryBuilder(analysis.queryWords());
        this.bigrams = new QueryBuilder(analysis.bigrams());
    }

    /**
     * The relevance query: words and character bigrams of the questions weigh most (bigrams catch words smartcn
     * splits differently in a caller's phrasing, e.g. 租房 → 租 / 房); the answer counts less. Weights were tuned
     * on the evaluation set in src/test/resources/eval.
     */
    Query textQuery(String text) {
        String matter = analysis.withoutFunctionWords(text);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        clauses += add(builder, words.createBooleanQuery(KbDocuments.QUESTION, text), 3.0f);
        clauses += add(builder, words.createBooleanQuery(KbDocuments.ALT_QUESTIONS, text), 2.5f);
        clauses += add(builder, words.createBooleanQuery(KbDocuments.TAGS, text), 1.5f);
        clauses += add(builder, words.createBooleanQuery(KbDocuments.ANSWER, text), 1.0f);
        clauses += add(builder, bigrams.createBooleanQuery(KbDocuments.QUESTION_BIGRAMS, matter), 3.0f);
        return clauses == 0 ? null : builder.build();
    }

    private static int add(BooleanQuery.Builder builder, Query query, float boost) {
        if (query == null) {
            return 0;
        }
        builder.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        return 1;
    }

    /** Nearly every entry is valid, so Lucene may check doc values of the text matches instead of a point scan. */
    private static Query range(String field, long from, long to) {
        return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(field, from, to),
                NumericDocValuesField.newSlowRangeQuery(field, from, to));
    }

    /**
     * @return the distinct words of {@code text} after analysis with synonyms, longest first: what a snippet marks
     */
    List<String> highlightTerms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analysis.queryWords().tokenStream(KbDocuments.ANSWER, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() >= 2) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
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
