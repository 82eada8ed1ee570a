package org.hotline.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.hotline.knowledge.KnowledgeSearch;
import org.hotline.knowledge.SearchHit;
import org.hotline.knowledge.SearchQuery;
import org.hotline.knowledge.SearchResult;
import org.springframework.stereotype.Service;

/**
 * Searches the {@link KbIndex}. User text only ever goes through analyzers and {@link QueryBuilder}, never a query
 * parser, so operators, quotes, wildcards and backslashes are plain characters.
 */
@Service
class LuceneKnowledgeSearch implements KnowledgeSearch {

    private static final int MAX_TEXT = 200;
    private static final int MAX_PARTIAL = 40;
    private static final int RERANK_DEPTH = 30;
    /** Extra hits fetched unfiltered so that a few expired entries among them need no second search. */
    private static final int EXPIRED_SLACK = 10;
    private static final Set<String> HIT_FIELDS = Set.of(KbDocuments.QUESTION, KbDocuments.ANSWER,
            KbDocuments.CATEGORY, KbDocuments.DEPARTMENT);

    private final KbIndex index;
    private final UsageBoosts usage;
    private final GapRecorder gaps;
    private final SearchQueries queries;
    private final QueryBuilder bigrams;
    private final QueryBuilder chars;

    LuceneKnowledgeSearch(KbIndex index, ChineseAnalysis analysis, UsageBoosts usage, GapRecorder gaps) {
        this.index = index;
        this.usage = usage;
        this.gaps = gaps;
        this.queries = new SearchQueries(analysis);
        this.bigrams = new QueryBuilder(analysis.bigrams());
        this.chars = new QueryBuilder(analysis.chars());
    }

    @Override
    public SearchResult search(SearchQuery query) {
        String text = clean(query.text(), MAX_TEXT);
        if (text.isEmpty()) {
            return SearchResult.empty();
        }
        String category = code(query.categoryCode());
        String department = code(query.departmentCode());
        SearchQueries.TextQuery textQuery = queries.prepare(text);
        SearchResult result = textQuery.query() == null ? SearchResult.empty()
                : run(textQuery.query(), textQuery.highlightTerms(), category, department, query.limit());
        if (query.origin() == SearchQuery.SearchOrigin.AGENT_QUERY) {
            gaps.record(text, result.hits().isEmpty() ? null : result.hits().get(0).entryId());
        }
        return result;
    }

    @Override
    public List<String> suggest(String partial, int limit) {
        String text = clean(partial, Integer.MAX_VALUE);
        if (text.length() > MAX_PARTIAL) {
            text = text.substring(text.length() - MAX_PARTIAL);
        }
        int wanted = Math.max(1, Math.min(20, limit));
        Query phrase = chars.createPhraseQuery(KbDocuments.QUESTION_CHARS, text);
        if (phrase == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = index.acquire();
            try {
                Set<String> questions = new LinkedHashSet<>();
                collectQuestions(searcher, phrase, wanted, questions);
                if (questions.size() < wanted && text.codePointCount(0, text.length()) >= 3) {
                    // Tolerates a wrong or missing character: most of the typed bigrams must still match.
                    Query loose = bigrams.createMinShouldMatchQuery(KbDocuments.QUESTION_BIGRAMS, text, 0.6f);
                    if (loose != null) {
                        collectQuestions(searcher, loose, wanted, questions);
                    }
                }
                return List.copyOf(questions);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge suggestion failed", e);
        }
    }

    private void collectQuestions(IndexSearcher searcher, Query query, int wanted, Set<String> into)
            throws IOException {
        List<Scored> ranked = rerank(searcher, topServable(searcher, query, null, null, RERANK_DEPTH), null);
        for (Scored s : ranked) {
            if (into.size() >= wanted) {
                return;
            }
            into.add(docValue(searcher, s.doc(), KbDocuments.QUESTION, true));
        }
    }

    private SearchResult run(Query textQuery, List<String> highlightTerms, String category, String department,
                             int limit) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                TopDocs top = topServable(searcher, textQuery, category, department, Math.max(limit, RERANK_DEPTH));
                List<Scored> ranked = rerank(searcher, top, category);
                List<SearchHit> hits = new ArrayList<>(Math.min(limit, ranked.size()));
                StoredFields stored = searcher.storedFields();
                for (Scored s : ranked.subList(0, Math.min(limit, ranked.size()))) {
                    Document doc = stored.document(s.doc(), HIT_FIELDS);
                    hits.add(new SearchHit(s.id(), doc.get(KbDocuments.QUESTION),
                            Snippets.of(highlightTerms, doc.get(KbDocuments.ANSWER)), s.score(),
                            doc.get(KbDocuments.CATEGORY), doc.get(KbDocuments.DEPARTMENT)));
                }
                return new SearchResult(hits, top.totalHits.value);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge search failed", e);
        }
    }

    /**
     * The best {@code n} servable matches. Searches without validity filters (so block-max WAND can skip) a little
     * deeper than needed and drops entries outside their validity window; only when too many of those were among
     * the hits does it run the filtered query. Either way the result equals the filtered query's top {@code n}.
     */
    private static TopDocs topServable(IndexSearcher searcher, Query text, String category, String department, int n)
            throws IOException {
        long today = KbIndex.today();
        int depth = n + EXPIRED_SLACK;
        TopDocs top = searcher.search(SearchQueries.scoped(text, category, department), depth);
        List<ScoreDoc> kept = new ArrayList<>(Math.min(n, top.scoreDocs.length));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc sd : top.scoreDocs) {
            if (kept.size() == n) {
                break;
            }
            if (validOn(leaves, sd.doc, today)) {
                kept.add(sd);
            }
        }
        if (kept.size() < n && top.scoreDocs.length == depth) {
            return searcher.search(SearchQueries.servable(text, category, department, today), n);
        }
        return new TopDocs(top.totalHits, kept.toArray(new ScoreDoc[0]));
    }

    private static boolean validOn(List<LeafReaderContext> leaves, int doc, long today) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        NumericDocValues from = leaf.reader().getNumericDocValues(KbDocuments.VALID_FROM);
        NumericDocValues to = leaf.reader().getNumericDocValues(KbDocuments.VALID_TO);
        return from != null && from.advanceExact(local) && from.longValue() <= today
                && to != null && to.advanceExact(local) && to.longValue() >= today;
    }

    private record Scored(int doc, String id, float score) {
    }

    private List<Scored> rerank(IndexSearcher searcher, TopDocs top, String category) throws IOException {
        List<Scored> ranked = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            String id = docValue(searcher, sd.doc, KbDocuments.ID, false);
            ranked.add(new Scored(sd.doc, id, (float) (sd.score * usage.factor(id, category))));
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
        return ranked;
    }

    /** Reads a per-document string from doc values (sorted for the id, binary for the question). */
    private static String docValue(IndexSearcher searcher, int doc, String field, boolean binary) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        if (binary) {
            BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
            return values != null && values.advanceExact(local) ? values.binaryValue().utf8ToString() : "";
        }
        SortedDocValues values = leaf.reader().getSortedDocValues(field);
        return values != null && values.advanceExact(local) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }

    /** Drops control characters and unpaired surrogates and caps the length, so analysis always succeeds. */
    static String clean(String raw, int max) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), 256));
        for (int i = 0; i < raw.length() && out.length() < max; i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                if (out.length() + 2 > max) {
                    break;
                }
                out.append(c).append(raw.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static String code(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String stripped = code.strip();
        return stripped.length() > 16 ? stripped.substring(0, 16) : stripped;
    }
}
