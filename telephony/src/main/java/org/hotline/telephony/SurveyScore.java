package org.hotline.telephony;

import java.time.Instant;

/**
 * One post-call IVR survey answer (满意度评价), kept with its call and the agent who took the call.
 *
 * @param callId the surveyed call's {@code Linkedid}
 * @param agent  the console username of the agent who answered the call, or {@code null} when the call has no
 *               record or no agent
 * @param score  1 (very unsatisfied) .. 5 (very satisfied)
 * @param at     when the caller pressed the key
 */
public record SurveyScore(String callId, String agent, int score, Instant at) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    /** @throws IllegalArgumentException when the score is outside 1..5 */
    public SurveyScore {
        requireScore(score);
    }

    /** @throws IllegalArgumentException when the score is outside 1..5 */
    public static int requireScore(int score) {
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("a survey score is " + MIN + ".." + MAX);
        }
        return score;
    }
}
