package org.hotline.workflow.sla;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.hotline.workflow.TicketType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Time limits ({@code hotline.sla.*}); local rules differ by city, so every value is configuration. Defaults:
 *
 * <ul>
 *   <li>{@code life-risk-categories}: categories where life or property is at risk, signed within
 *       {@code life-risk-sign-minutes} (15) calendar minutes: C1205 燃气泄漏, C1302 电梯困人, C1004 食物中毒,
 *       C1202 供水管道爆裂, C0705 井盖缺失, C1602 消防隐患, C1604 未成年人安全, C1603 电信网络诈骗 (money still
 *       moving).</li>
 *   <li>{@code outage-categories}: water/power/gas/heating outages, signed within {@code outage-sign-minutes} (30)
 *       calendar minutes: C1201 停水, C1204 停电. (The sample city has no heating category; add its code here.)</li>
 *   <li>{@code sign-working-days} (1): every other ticket is signed within one working day.</li>
 *   <li>{@code handle-days}: working days by type: consultation 2, help 10, suggestion 10, complaint 15, report 15,
 *       praise 5 (praise needs only an acknowledgement to the praised unit; a week is ample). The category's
 *       handling days or a routing rule win when smaller.</li>
 *   <li>{@code urgent-handle-hours} (24): urgent tickets are handled within this many calendar hours.</li>
 *   <li>{@code contribution-working-days} (3): a co-handling department's contribution (协办) is due this many
 *       working days after the lead department signed, and never later than the lead's handle deadline.</li>
 *   <li>{@code review-working-days} (1): the dispatcher reviews (审核) a reply within this many working days.</li>
 *   <li>{@code follow-up-working-days} (3): the follow-up with the citizen (回访) is due this many working days
 *       after the reply was accepted.</li>
 *   <li>{@code warning-percent} (80): the warning fires when this share of a deadline's time has passed.</li>
 * </ul>
 */
@ConfigurationProperties("hotline.sla")
public class SlaProperties {
    private Set<String> lifeRiskCategories = new LinkedHashSet<>(
            Set.of("C1205", "C1302", "C1004", "C1202", "C0705", "C1602", "C1604", "C1603"));
    private int lifeRiskSignMinutes = 15;
    private Set<String> outageCategories = new LinkedHashSet<>(Set.of("C1201", "C1204"));
    private int outageSignMinutes = 30;
    private int signWorkingDays = 1;
    private Map<TicketType, Integer> handleDays = new EnumMap<>(Map.of(
            TicketType.CONSULTATION, 2, TicketType.HELP, 10, TicketType.SUGGESTION, 10,
            TicketType.COMPLAINT, 15, TicketType.REPORT, 15, TicketType.PRAISE, 5));
    private int urgentHandleHours = 24;
    private int contributionWorkingDays = 3;
    private int reviewWorkingDays = 1;
    private int followUpWorkingDays = 3;
    private int warningPercent = 80;

    public Set<String> getLifeRiskCategories() {
        return lifeRiskCategories;
    }

    public void setLifeRiskCategories(Set<String> lifeRiskCategories) {
        this.lifeRiskCategories = lifeRiskCategories;
    }

    public int getLifeRiskSignMinutes() {
        return lifeRiskSignMinutes;
    }

    public void setLifeRiskSignMinutes(int lifeRiskSignMinutes) {
        this.lifeRiskSignMinutes = lifeRiskSignMinutes;
    }

    public Set<String> getOutageCategories() {
        return outageCategories;
    }

    public void setOutageCategories(Set<String> outageCategories) {
        this.outageCategories = outageCategories;
    }

    public int getOutageSignMinutes() {
        return outageSignMinutes;
    }

    public void setOutageSignMinutes(int outageSignMinutes) {
        this.outageSignMinutes = outageSignMinutes;
    }

    public int getSignWorkingDays() {
        return signWorkingDays;
    }

    public void setSignWorkingDays(int signWorkingDays) {
        this.signWorkingDays = signWorkingDays;
    }

    public Map<TicketType, Integer> getHandleDays() {
        return handleDays;
    }

    public void setHandleDays(Map<TicketType, Integer> handleDays) {
        this.handleDays = new EnumMap<>(this.handleDays);
        this.handleDays.putAll(handleDays);
    }

    public int getUrgentHandleHours() {
        return urgentHandleHours;
    }

    public void setUrgentHandleHours(int urgentHandleHours) {
        this.urgentHandleHours = urgentHandleHours;
    }

    public int getContributionWorkingDays() {
        return contributionWorkingDays;
    }

    public void setContributionWorkingDays(int contributionWorkingDays) {
        this.contributionWorkingDays = positive("contribution-working-days", contributionWorkingDays);
    }

    public int getReviewWorkingDays() {
        return reviewWorkingDays;
    }

    public void setReviewWorkingDays(int reviewWorkingDays) {
        this.reviewWorkingDays = positive("review-working-days", reviewWorkingDays);
    }

    public int getFollowUpWorkingDays() {
        return followUpWorkingDays;
    }

    public void setFollowUpWorkingDays(int followUpWorkingDays) {
        this.followUpWorkingDays = positive("follow-up-working-days", followUpWorkingDays);
    }

    private static int positive(String key, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("hotline.sla." + key + " must be at least 1 working day");
        }
        return days;
    }

    public int getWarningPercent() {
        return warningPercent;
    }

    public void setWarningPercent(int warningPercent) {
        this.warningPercent = warningPercent;
    }
}
