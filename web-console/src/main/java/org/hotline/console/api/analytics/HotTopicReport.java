package org.hotline.console.api.analytics;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Hot topics of a period against the previous period of the same length: categories (from the ticket figures'
 * rollup) and content terms (from the knowledge module's term counts), each ranked by its {@link Significance}
 * score, rising ones only.
 *
 * @param from         first day
 * @param to           last day
 * @param previousFrom first day of the previous period
 * @param previousTo   last day of the previous period (the day before {@code from})
 * @param categories   rising categories, highest score first
 * @param terms        rising terms, highest score first
 */
record HotTopicReport(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                      List<HotCategory> categories, List<HotTerm> terms) {

    /**
     * @param key         category code
     * @param label       its name
     * @param group       its category group (the taxonomy's top level)
     * @param count       tickets registered in the period
     * @param previous    tickets registered in the previous period
     * @param change      (count − previous) / previous; absent when previous is 0
     * @param score       the significance score (z)
     * @param significant whether the score passes {@link Significance#THRESHOLD}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HotCategory(String key, String label, String group, long count, long previous, Double change,
                       double score, boolean significant) {
    }

    /** As {@link HotCategory}, for a content term. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HotTerm(String term, long count, long previous, Double change, double score, boolean significant) {
    }
}
