package org.hotline.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How ticket figures are grouped. JSON: {@code none}, {@code department}, {@code category}, ... */
public enum KpiGroupBy {
    /** one group, key {@code all}: the whole center */
    NONE("none"),
    /** the lead department (key {@code ""} while the ticket was never dispatched) */
    DEPARTMENT("department"),
    /** the leaf category */
    CATEGORY("category"),
    /** the category's top level (the taxonomy's group, 分级分类评价's unit) */
    CATEGORY_GROUP("categoryGroup"),
    /** the district given at registration ({@code ""} when none) */
    DISTRICT("district"),
    /** the channel the citizen used */
    CHANNEL("channel"),
    /** the registering agent's username */
    AGENT("agent");

    private final String word;

    KpiGroupBy(String word) {
        this.word = word;
    }

    /** @return the JSON word */
    @JsonValue
    public String jsonValue() {
        return word;
    }

    /**
     * Parses the JSON word (exact spelling, as in the REST contract).
     *
     * @throws IllegalArgumentException when the word names no grouping
     */
    @JsonCreator
    public static KpiGroupBy fromJson(String value) {
        for (KpiGroupBy g : values()) {
            if (g.word.equals(value)) {
                return g;
            }
        }
        throw new IllegalArgumentException("groupBy must be one of none, department, category, categoryGroup, "
                + "district, channel, agent");
    }
}
