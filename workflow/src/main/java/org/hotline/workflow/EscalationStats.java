package org.hotline.workflow;

/**
 * One department's 督办 figures over a period (levels counted by the day they were issued, China time).
 *
 * @param departmentCode  the department
 * @param chains          chains with a level issued in the period
 * @param levels          levels issued (every level counts, the first included)
 * @param answered        levels answered
 * @param answeredOnTime  levels answered within their feedback window
 * @param missed          levels whose window passed without an answer
 * @param yellowCards     yellow cards (黄牌) counted against the department
 * @param redCards        red cards (红牌) counted against the department
 */
public record EscalationStats(String departmentCode, int chains, int levels, int answered, int answeredOnTime,
        int missed, int yellowCards, int redCards) {
}
