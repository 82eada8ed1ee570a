package org.hotline.knowledge.search;

import java.util.ArrayList;
import java.util.List;

import org.hotline.knowledge.Snippet;

/**
 * Answer fragments as plain text with the ranges of the query's words, never markup: an answer's own {@code <} stays
 * an inert character wherever the snippet is shown. Words are found by plain string matching of the analysed query
 * terms, which avoids re-analysing every answer on the per-keystroke path. Stateless and thread-safe.
 */
final class Snippets {

    static final int FRAGMENT_CHARS = 90;
    /** Characters shown before the first match, so the snippet starts with some context. */
    private static final int LEAD_CHARS = 20;
    private static final String CUT = "…";

    private Snippets() {
    }

    /**
     * @param terms  analysed query words, longest first (a longer word wins where two overlap)
     * @param answer the answer text
     */
    static Snippet of(List<String> terms, String answer) {
        if (answer == null || answer.isEmpty()) {
            return Snippet.EMPTY;
        }
        int first = answer.length();
        for (String term : terms) {
            int at = answer.indexOf(term);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        int start = first == answer.length() ? 0 : Math.max(0, first - LEAD_CHARS);
        if (start > 0 && Character.isLowSurrogate(answer.charAt(start))) {
            start--;
        }
        int end = Math.min(answer.length(), start + FRAGMENT_CHARS);
        if (end < answer.length() && Character.isHighSurrogate(answer.charAt(end - 1))) {
            end--;
        }
        String prefix = start > 0 ? CUT : "";
        List<int[]> highlights = new ArrayList<>();
        int i = start;
        while (i < end) {
            String match = matchAt(terms, answer, i, end);
            if (match != null) {
                int from = prefix.length() + i - start;
                highlights.add(new int[] {from, from + match.length()});
                i += match.length();
            } else {
                i++;
            }
        }
        return new Snippet(prefix + answer.substring(start, end) + (end < answer.length() ? CUT : ""), highlights);
    }

    private static String matchAt(List<String> terms, String text, int at, int end) {
        for (String term : terms) {
            if (!term.isEmpty() && at + term.length() <= end && text.startsWith(term, at)) {
                return term;
            }
        }
        return null;
    }
}
