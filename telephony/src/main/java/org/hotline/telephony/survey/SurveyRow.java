package org.hotline.telephony.survey;

import java.time.Instant;

import org.hotline.telephony.SurveyScore;

/** A {@code telephony_survey} row as MyBatis maps it. */
class SurveyRow {

    String callId;
    String agent;
    int score;
    Instant surveyedAt;

    SurveyScore toScore() {
        return new SurveyScore(callId, agent, score, surveyedAt);
    }
}
