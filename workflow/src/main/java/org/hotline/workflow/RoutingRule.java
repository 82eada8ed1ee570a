package org.hotline.workflow;

/**
 * One routing rule (派单规则): which department handles a category in a district. Among matching rules the
 * smallest priority wins; at equal priority an exact district beats {@code "*"} and a specific urgency beats any.
 *
 * @param categoryCode      leaf category
 * @param districtCode      district code, or {@code "*"} for any district (also when the district is unknown)
 * @param departmentCode    department to dispatch to
 * @param priority          smaller wins; the sample data uses 1 for exact districts and 9 for {@code "*"}
 * @param signDeadlineMinutes sign deadline in calendar minutes when stricter than the configured one; nullable
 * @param handleDays        handling working days when stricter than the type's and category's; nullable
 * @param urgency           only for this urgency; null matches both
 */
public record RoutingRule(String categoryCode, String districtCode, String departmentCode, int priority,
        Integer signDeadlineMinutes, Integer handleDays, Urgency urgency) {

    /** A rule for any urgency without deadline overrides. */
    public RoutingRule(String categoryCode, String districtCode, String departmentCode, int priority) {
        this(categoryCode, districtCode, departmentCode, priority, null, null, null);
    }

    /** @throws InvalidTicketException when a code is malformed, the priority outside 0..99 or an override out of range */
    public void validate() {
        Validation validation = new Validation().code("categoryCode", categoryCode, true)
                .code("districtCode", districtCode, true).code("departmentCode", departmentCode, true)
                .range("priority", priority, 0, 99);
        if (signDeadlineMinutes != null) {
            validation.range("signDeadlineMinutes", signDeadlineMinutes, 1, 60 * 24 * 30);
        }
        if (handleDays != null) {
            validation.range("handleDays", handleDays, 1, 365);
        }
        validation.throwIfInvalid();
    }
}
