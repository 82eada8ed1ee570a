package org.hotline.knowledge;

/**
 * One search hit.
 *
 * @param entryId        entry id
 * @param question       the entry's standard question, plain text
 * @param snippet        a fragment of the answer as plain text with the matched words' offsets (never markup)
 * @param score          relevance (higher is better; comparable only within one result)
 * @param categoryCode   entry category
 * @param departmentCode entry department, may be {@code null}
 */
public record SearchHit(String entryId, String question, Snippet snippet, float score, String categoryCode,
                        String departmentCode) {
}
