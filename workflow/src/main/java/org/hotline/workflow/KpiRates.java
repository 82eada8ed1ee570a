package org.hotline.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The rates of one group of tickets, fractions 0–1. A rate whose denominator is zero is null (absent from JSON),
 * never 0 or 1.
 *
 * @param signOnTime             签收及时率: dispatched tickets the lead department signed by the sign deadline /
 *                               dispatched
 * @param closeOnTime            按时办结率: closedOnTime / closed
 * @param returnRate             退单率: returned / dispatched (JSON {@code return})
 * @param extension              延期率: extended / dispatched
 * @param followUp               回访率: followedUp / replied
 * @param satisfaction           满意率: satisfied / followedUp
 * @param resolution             解决率: resolved / followedUp
 * @param firstContactResolution 一次办结率: closed with no return, no reopen and no extension / closed
 * @param directAnswer           直接答复率: directAnswered / (directAnswered + dispatched)
 * @param repeatRequest          重复诉求率: tickets whose caller (same phone) or place (same normalised address) had
 *                               another ticket in the 30 days before / registered
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KpiRates(Double signOnTime, Double closeOnTime, @JsonProperty("return") Double returnRate,
        Double extension, Double followUp, Double satisfaction, Double resolution, Double firstContactResolution,
        Double directAnswer, Double repeatRequest) {

    /** @return numerator / denominator, or null when the denominator is zero */
    public static Double rate(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
