package org.hotline.telephony;

/**
 * Port: receives satisfaction survey results from the IVR {@code survey} script. Implemented by the application,
 * which turns the score into the follow-up of the ticket linked to the call; a bean is required.
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
