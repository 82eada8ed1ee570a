package org.hotline.telephony;

import java.util.Optional;

/**
 * The SMS follow-up survey ("reply 1–5"): which ticket a phone's reply answers, and the replies taken as answers.
 * A survey is open for a phone while a {@link NoticeKind#FOLLOW_UP_SURVEY} notice to it was sent within
 * {@code hotline.channel.sms.survey-window} and no reply to it was recorded. Thread-safe.
 */
public interface SmsSurveyReplies {

    /** @return the ticket of the latest open survey sent to this phone, or empty */
    Optional<String> openSurvey(CitizenIdentity phone);

    /**
     * Records an inbound SMS as the answer to a survey, in the caller's transaction.
     *
     * @param messageId the gateway's id of the inbound SMS (1..64 characters)
     * @param score     1..5
     * @return false when this message id was recorded before (a redelivery; nothing changed)
     */
    boolean record(String messageId, CitizenIdentity phone, String ticketNo, int score);

    /** @return the ticket a recorded message answered, or empty when the message id is not a survey answer */
    Optional<String> answeredBy(String messageId);
}
