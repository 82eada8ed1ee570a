package org.hotline.knowledge.search;

import java.util.List;

/**
 * Answer fragments with the query's words in {@code <em>}; everything else HTML-escaped. Words are found by plain
 * string matching of the analysed query terms, which avoids re-analysing every answer on the per-keystroke path.
 * Stateless and thread-safe.
 */
final class Snippets {

    static final int FRAGMENT_CHARS = 90;
    /** Characters shown before the first match, so the snippet starts with some context. */
    private static final int LEAD_CHARS = 20;

    private Snippets() {
    }

    /**
     * @param terms  analysed query words, longest first (a longer word wins where two overlap)
     * @param answer the answer text
     */
    static String of(List<String> terms, String answer) {
        if (answer == null || answer.isEmpty()) {
            return "";
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
        StringBuilder out = new StringBuilder((end - start) + 32);
        if (start > 0) {
            out.append('…');
        }
        int i = start;
        while (i < end) {
            String match = matchAt(terms, answer, i, end);
            if (match != null) {
                out.append("<em>");
                escape(out, match);
                out.append("</em>");
                i += match.length();
            } else {
                escape(out, answer.substring(i, i + 1));
                i++;
            }
        }
        if (end < answer.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private static String matchAt(List<String> terms, String text, int at, int end) {
        for (String term : terms) {
            if (at + term.length() <= end && text.startsWith(term, at)) {
                return term;
            }
        }
        return null;
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
