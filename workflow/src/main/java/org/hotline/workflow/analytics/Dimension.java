package org.hotline.workflow.analytics;

import java.util.function.Function;

/**
 * A dimension the daily rollup is kept by; each ticket fact adds to one row per dimension. The whole center is the
 * sum over {@link #CHANNEL} (every ticket has exactly one channel); category groups fold {@link #CATEGORY} rows.
 */
enum Dimension {
    DEPARTMENT(f -> f.departmentCode),
    CATEGORY(f -> f.categoryCode),
    DISTRICT(f -> f.districtCode),
    CHANNEL(f -> f.channel),
    AGENT(f -> f.agent),
    /** department × category group, for the tiered evaluation: {@code department|group} */
    DEPARTMENT_GROUP(f -> f.departmentCode + "|" + f.categoryGroup);

    private final Function<TicketFact, String> key;

    Dimension(Function<TicketFact, String> key) {
        this.key = key;
    }

    String keyOf(TicketFact fact) {
        return key.apply(fact);
    }
}
