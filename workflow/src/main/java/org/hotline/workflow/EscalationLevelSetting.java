package org.hotline.workflow;

import java.util.Set;

/**
 * A configured 督办 level ({@code hotline.sla.escalation.levels[n].*}). Immutable.
 *
 * @param level               1-based level number
 * @param name                display name, e.g. 二级督办（黄牌）
 * @param addressees          who the notice is addressed to besides the department
 * @param feedbackWorkingDays working days the department has to answer before the next level follows
 * @param card                the card counted against the department when this level is issued
 */
public record EscalationLevelSetting(int level, String name, Set<EscalationAudience> addressees,
        int feedbackWorkingDays, Card card) {

    public EscalationLevelSetting {
        addressees = addressees == null ? Set.of() : Set.copyOf(addressees);
    }
}
