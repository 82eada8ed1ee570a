package org.hotline.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a knowledge-base question-and-answer entry. Immutable.
 *
 * @param id                   stable entry id, e.g. {@code QA0001} (imported) or {@code KB…} (created in the console)
 * @param version              1 for the first version, incremented by every edit
 * @param question             the standard question
 * @param alternativeQuestions other ways citizens ask the same thing (may be empty, never {@code null})
 * @param answer               the answer an agent reads out
 * @param categoryCode         leaf category code, e.g. {@code C0101}
 * @param departmentCode       responsible department code, e.g. {@code SBZX}; may be {@code null}
 * @param tags                 free keywords (may be empty, never {@code null})
 * @param policyId             source policy document id, e.g. {@code P008}; may be {@code null}
 * @param validFrom            first day the answer applies (Asia/Shanghai); {@code null} = always
 * @param validTo              last day the answer applies; {@code null} = open-ended
 * @param status               life-cycle state
 * @param updatedAt            when this version was written
 * @param updatedBy            who wrote this version
 */
public record KbEntry(String id, int version, String question, List<String> alternativeQuestions, String answer,
                      String categoryCode, String departmentCode, List<String> tags, String policyId,
                      LocalDate validFrom, LocalDate validTo, KbStatus status, Instant updatedAt, String updatedBy) {

    public KbEntry {
        alternativeQuestions = alternativeQuestions == null ? List.of() : List.copyOf(alternativeQuestions);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /**
     * @param day a calendar day in Asia/Shanghai
     * @return whether the entry is published and its validity window contains {@code day}
     */
    public boolean isServableOn(LocalDate day) {
        return status == KbStatus.PUBLISHED
                && (validFrom == null || !validFrom.isAfter(day))
                && (validTo == null || !validTo.isBefore(day));
    }
}
