package org.hotline.telephony;

/**
 * Port: receives satisfaction survey results from the IVR {@code survey} script, after the score was kept with its
 * call and agent ({@link Surveys}). Implemented by the application, which turns the score into the follow-up of the
 * tickets linked to the call that await it; a ticket that reaches its follow-up later takes the kept score from
 * {@link Surveys#latestForTicket(String)}. A bean is required. A failure is logged and does not lose the score.
 *
 * <p>Implementations must be thread-safe and idempotent per call id (a caller may be surveyed once per call).
 */
public interface SurveyResultSink {

    /**
     * @param callId the surveyed call's {@code Linkedid}
     * @param score  1 (very unsatisfied) .. 5 (very satisfied)
     */
    void surveyCompleted(String callId, int score);
}
