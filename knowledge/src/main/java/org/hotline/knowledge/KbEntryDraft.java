package org.hotline.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable content of an entry, as submitted by an editor or an import. Validated by {@link KnowledgeBase}
 * (see {@link InvalidKbEntryException}); lists may be {@code null} and are then empty.
 *
 * @param question             1–300 characters
 * @param alternativeQuestions at most 20, each 1–300 characters
 * @param answer               1–5000 characters
 * @param categoryCode         leaf category code such as {@code C0101}
 * @param departmentCode       department code or {@code null}
 * @param tags                 at most 20, each 1–40 characters
 * @param policyId             policy document id or {@code null}
 * @param validFrom            first valid day or {@code null}
 * @param validTo              last valid day or {@code null}; not before {@code validFrom}
 * @param status               {@code null} means {@link KbStatus#PUBLISHED}
 */
public record KbEntryDraft(String question, List<String> alternativeQuestions, String answer, String categoryCode,
                           String departmentCode, List<String> tags, String policyId, LocalDate validFrom,
                           LocalDate validTo, KbStatus status) {

    public KbEntryDraft {
        alternativeQuestions = alternativeQuestions == null ? List.of() : List.copyOf(alternativeQuestions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        status = status == null ? KbStatus.PUBLISHED : status;
    }
}
