package org.hotline.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The analysed words of one query text (terms with their positions and synonym graph lengths), replayable into
 * each field's query: segmenting the text once instead of once per field is the costliest part of building a
 * query. Immutable; every {@link #replay()} returns a fresh stream, so one instance may be replayed from any thread.
 */
final class QueryWords {

    private final List<String> terms;
    private final int[] increments;
    private final int[] lengths;

    private QueryWords(List<String> terms, int[] increments, int[] lengths) {
        this.terms = terms;
        this.increments = increments;
        this.lengths = lengths;
    }

    static QueryWords of(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
                positions.add(new int[] {increment.getPositionIncrement(), length.getPositionLength()});
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] increments = new int[terms.size()];
        int[] lengths = new int[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            increments[i] = positions.get(i)[0];
            lengths[i] = positions.get(i)[1];
        }
        return new QueryWords(List.copyOf(terms), increments, lengths);
    }

    /** @return the tokens again, exactly as the analyzer produced them */
    TokenStream replay() {
        return new Replay();
    }

    /** @return the distinct words of at least two characters, longest first: what a snippet marks */
    List<String> highlightTerms() {
        Set<String> distinct = new LinkedHashSet<>();
        for (String term : terms) {
            if (term.length() >= 2) {
                distinct.add(term);
            }
        }
        List<String> sorted = new ArrayList<>(distinct);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    private final class Replay extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == terms.size()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms.get(next));
            increment.setPositionIncrement(increments[next]);
            length.setPositionLength(lengths[next]);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
