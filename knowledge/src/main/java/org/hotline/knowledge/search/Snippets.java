package org.hotline.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/** Answer fragments with matched words in {@code <em>}; everything else HTML-escaped. Thread-safe. */
final class Snippets {

    private static final int FRAGMENT_CHARS = 90;

    private final Analyzer analyzer;
    private final SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    String of(Query query, String answer) {
        if (answer == null) {
            return "";
        }
        // Highlighter holds per-call state, so one is made per snippet; it is cheap.
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), encoder,
                new QueryScorer(query, KbDocuments.ANSWER));
        highlighter.setTextFragmenter(new SimpleFragmenter(FRAGMENT_CHARS));
        try {
            String fragment = highlighter.getBestFragment(analyzer, KbDocuments.ANSWER, answer);
            if (fragment != null) {
                return fragment;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            // Offsets out of line with the text: fall back to the plain beginning below.
        }
        String start = answer.length() > FRAGMENT_CHARS ? answer.substring(0, FRAGMENT_CHARS) : answer;
        return SimpleHTMLEncoder.htmlEncode(start);
    }
}
