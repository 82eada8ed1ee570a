package org.hotline.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A fragment of an answer as plain text, never markup: whoever shows it marks the ranges in {@code highlights}
 * itself (the console builds text nodes and {@code <mark>} elements). Offsets count UTF-16 code units, as Java's
 * {@code String} and JavaScript's string indexes do; each range is {@code [start, end)}, ranges are in order and do
 * not overlap. JSON: {@code {"text":"…","highlights":[[start,end],…]}}.
 *
 * @param text       the fragment, with {@code …} where it was cut
 * @param highlights the matched words, {@code [start, end)} pairs into {@code text}
 */
public record Snippet(String text, List<int[]> highlights) {

    public static final Snippet EMPTY = new Snippet("", List.of());

    public Snippet {
        Objects.requireNonNull(text, "text");
        highlights = List.copyOf(highlights);
        int last = 0;
        for (int[] range : highlights) {
            if (range.length != 2 || range[0] < last || range[1] <= range[0] || range[1] > text.length()) {
                throw new IllegalArgumentException("highlight out of order or outside the text");
            }
            last = range[1];
        }
    }

    /** The highlighted words, in order: what a reader sees marked. */
    public List<String> highlightedWords() {
        return highlights.stream().map(range -> text.substring(range[0], range[1])).toList();
    }
}
