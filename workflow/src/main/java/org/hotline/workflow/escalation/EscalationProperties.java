package org.hotline.workflow.escalation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hotline.workflow.Card;
import org.hotline.workflow.EscalationAudience;
import org.hotline.workflow.EscalationLevelSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The 督办 levels ({@code hotline.sla.escalation.levels[n].*}), lowest first. Defaults, as a city office usually
 * runs them:
 *
 * <ol>
 *   <li>一级督办 at the deadline, to the dispatchers and supervisors, 1 working day to answer, no card;</li>
 *   <li>二级督办 (黄牌) one working day later, to the department's leader, 2 working days, a yellow card;</li>
 *   <li>三级督办 (红牌), to the city government's supervision office, 3 working days, a red card.</li>
 * </ol>
 *
 * Each level: {@code name} (at most 50 characters), {@code notify} (dispatchers, supervisors, department-leader,
 * city-office), {@code feedback-working-days} (1..30), {@code card} (none, yellow, red).
 */
@ConfigurationProperties("hotline.sla.escalation")
public class EscalationProperties {
    private List<Level> levels = new ArrayList<>(List.of(
            new Level("一级督办", EnumSet.of(EscalationAudience.DISPATCHERS, EscalationAudience.SUPERVISORS), 1,
                    Card.NONE),
            new Level("二级督办（黄牌）", EnumSet.of(EscalationAudience.SUPERVISORS,
                    EscalationAudience.DEPARTMENT_LEADER), 2, Card.YELLOW),
            new Level("三级督办（红牌）", EnumSet.of(EscalationAudience.SUPERVISORS,
                    EscalationAudience.DEPARTMENT_LEADER, EscalationAudience.CITY_OFFICE), 3, Card.RED)));

    public List<Level> getLevels() {
        return levels;
    }

    public void setLevels(List<Level> levels) {
        this.levels = levels;
    }

    /**
     * @return the levels as settings, numbered from 1
     * @throws IllegalStateException when no level is configured or one is out of range
     */
    public List<EscalationLevelSetting> settings() {
        if (levels == null || levels.isEmpty()) {
            throw new IllegalStateException("hotline.sla.escalation.levels: at least one level is required");
        }
        List<EscalationLevelSetting> settings = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            String key = "hotline.sla.escalation.levels[" + i + "]";
            if (level.getName() == null || level.getName().isBlank() || level.getName().length() > 50) {
                throw new IllegalStateException(key + ".name: 1..50 characters");
            }
            if (level.getFeedbackWorkingDays() < 1 || level.getFeedbackWorkingDays() > 30) {
                throw new IllegalStateException(key + ".feedback-working-days: 1..30");
            }
            settings.add(new EscalationLevelSetting(i + 1, level.getName().strip(), level.getNotify(),
                    level.getFeedbackWorkingDays(), level.getCard() == null ? Card.NONE : level.getCard()));
        }
        return List.copyOf(settings);
    }

    /** One level. */
    public static class Level {
        private String name;
        private Set<EscalationAudience> notify = new LinkedHashSet<>();
        private int feedbackWorkingDays = 1;
        private Card card = Card.NONE;

        public Level() {
        }

        Level(String name, Set<EscalationAudience> notify, int feedbackWorkingDays, Card card) {
            this.name = name;
            this.notify = new LinkedHashSet<>(notify);
            this.feedbackWorkingDays = feedbackWorkingDays;
            this.card = card;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Set<EscalationAudience> getNotify() {
            return notify;
        }

        public void setNotify(Set<EscalationAudience> notify) {
            this.notify = notify;
        }

        public int getFeedbackWorkingDays() {
            return feedbackWorkingDays;
        }

        public void setFeedbackWorkingDays(int feedbackWorkingDays) {
            this.feedbackWorkingDays = feedbackWorkingDays;
        }

        public Card getCard() {
            return card;
        }

        public void setCard(Card card) {
            this.card = card;
        }
    }
}
