package org.hotline.telephony;

import java.util.List;

/**
 * Satisfaction of one agent's callers from the post-call IVR survey over a period.
 *
 * @param agent        console username; {@code null} for surveyed calls no known agent answered
 * @param count        surveys answered
 * @param average      mean score, 1..5
 * @param distribution surveys per score: index 0 counts the 1s, …, index 4 the 5s
 */
public record AgentSatisfaction(String agent, long count, double average, List<Long> distribution) {

    public AgentSatisfaction {
        distribution = List.copyOf(distribution);
        if (distribution.size() != SurveyScore.MAX) {
            throw new IllegalArgumentException("the distribution has one count per score 1..5");
        }
    }
}
