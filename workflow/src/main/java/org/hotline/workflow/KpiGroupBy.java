package org.hotline.workflow;

/**
 * How ticket figures are grouped. The API's words ({@code none}, {@code department}, {@code category},
 * {@code categoryGroup}, ...) are written where every enum's are, in web-console's {@code ApiEnumWords}.
 */
public enum KpiGroupBy {
    /** one group, key {@code all}: the whole center */
    NONE,
    /** the lead department (key {@code ""} while the ticket was never dispatched) */
    DEPARTMENT,
    /** the leaf category */
    CATEGORY,
    /** the category's top level (the taxonomy's group, 分级分类评价's unit) */
    CATEGORY_GROUP,
    /** the district given at registration ({@code ""} when none) */
    DISTRICT,
    /** the channel the citizen used */
    CHANNEL,
    /** the registering agent's username */
    AGENT
}
