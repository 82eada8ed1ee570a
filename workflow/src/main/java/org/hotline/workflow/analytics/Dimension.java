package org.hotline.workflow.analytics;

import java.util.function.Function;

/**
 * A dimension the daily rollup is kept by; each ticket fact adds to one row per dimension. The whole center is the
 * sum over {@link #CHANNEL} (every ticket has exactly one channel); category groups fold {@link #CATEGORY} rows.
 */
enum Dimension {
    DEPARTMENT("DEPARTMENT_M", f -> f.departmentCode),
    CATEGORY("CATEGORY_M", f -> f.categoryCode),
    DISTRICT("DISTRICT_M", f -> f.districtCode),
    CHANNEL("CHANNEL_M", f -> f.channel),
    AGENT("AGENT_M", f -> f.agent),
    /** department × category group, for the tiered evaluation: {@code department|group} */
    DEPARTMENT_GROUP("DEPT_GROUP_M", f -> f.departmentCode + "|" + f.categoryGroup);

    private final String monthCode;
    private final Function<TicketFact, String> key;

    Dimension(String monthCode, Function<TicketFact, String> key) {
        this.monthCode = monthCode;
        this.key = key;
    }

    /** @return the value of the rollup's dimension column for day rows ({@code false}) or month rows */
    String code(boolean monthly) {
        return monthly ? monthCode : name();
    }

    String keyOf(TicketFact fact) {
        return key.apply(fact);
    }
}
