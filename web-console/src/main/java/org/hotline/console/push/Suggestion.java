package org.hotline.console.push;

import java.util.Objects;

import org.hotline.knowledge.Snippet;

/**
 * One knowledge-base entry proposed to an agent while typing.
 *
 * @param entryId  the knowledge-base entry id
 * @param question the entry's question
 * @param snippet  a short extract of the answer as plain text with the offsets of the words to mark, never markup
 * @param score    relevance, higher is better; only comparable within one answer
 */
public record Suggestion(String entryId, String question, Snippet snippet, double score) {

    public Suggestion {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(snippet, "snippet");
    }
}
