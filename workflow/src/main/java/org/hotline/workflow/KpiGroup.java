package org.hotline.workflow;

/**
 * The figures of one group.
 *
 * @param key    the group's code ({@code all} for the whole center; a department, category, district code, a
 *               channel word or a username; {@code ""} for tickets without one, e.g. never dispatched)
 * @param label  the group's display name (Chinese)
 * @param counts the counts
 * @param rates  the rates
 */
public record KpiGroup(String key, String label, KpiCounts counts, KpiRates rates) {
}
