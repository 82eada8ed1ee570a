package org.hotline.console.api.channel;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.CitizenNotice;
import org.hotline.telephony.CitizenNotices;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InvalidContactException;
import org.hotline.telephony.NoticeKind;
import org.hotline.telephony.SmsSurveyReplies;
import org.hotline.telephony.Surveys;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Channel;
import org.hotline.workflow.FollowUp;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.InvalidTransitionException;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketReachedFollowUp;
import org.hotline.workflow.TicketService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SMS follow-up survey (短信回访): a ticket that reached its follow-up sends its reporter (a phone caller or SMS
 * citizen, not confidential, not already surveyed by the IVR) "reply 1–5" through the notice outbox; a reply 1–5
 * from that phone within {@code hotline.channel.sms.survey-window} becomes the ticket's follow-up as the SYSTEM
 * actor (audited by the workflow, {@code resolved} as the score says) and is thanked. Any other reply is an ordinary
 * contact.
 */
@Component
class SmsFollowUpSurveys {

    private static final Logger log = LoggerFactory.getLogger(SmsFollowUpSurveys.class);
    private static final String SIGNATURE = "【12345热线】";
    private static final Pattern SCORE = Pattern.compile("\\s*([1-5１-５])\\s*分?\\s*[。.!！]?\\s*");

    private final CitizenNotices notices;
    private final SmsSurveyReplies replies;
    private final Surveys ivrSurveys;
    private final TicketService tickets;
    private final TransactionTemplate transaction;

    SmsFollowUpSurveys(CitizenNotices notices, SmsSurveyReplies replies, Surveys ivrSurveys, TicketService tickets,
                       PlatformTransactionManager transactions) {
        this.notices = notices;
        this.replies = replies;
        this.ivrSurveys = ivrSurveys;
        this.tickets = tickets;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener
    void on(TicketReachedFollowUp event) {
        if (event.confidential() || event.citizenPhone() == null
                || event.channel() != Channel.PHONE && event.channel() != Channel.SMS
                || ivrSurveys.latestForTicket(event.no().toString()).isPresent()
                || tickets.find(event.no(), Actor.system()).map(t -> t.satisfaction() != null).orElse(true)) {
            // A ticket takes a survey only at its first follow-up, as for the IVR survey (SurveyFollowUps).
            return;
        }
        CitizenIdentity phone;
        try {
            phone = CitizenIdentity.of(IdentityKind.PHONE, event.citizenPhone(), "phone");
        } catch (InvalidContactException e) {
            return;
        }
        notices.enqueue(new CitizenNotice("survey:" + event.no(), NoticeKind.FOLLOW_UP_SURVEY, phone,
            SIGNATURE + "您反映的工单" + event.no() + "已办理答复。请回复数字评价办理结果：5非常满意，4满意，3基本满意，"
                + "2不满意，1非常不满意。", event.no().toString()));
    }

    /**
     * Takes an inbound SMS as the answer to the phone's open survey, when it is one.
     *
     * @param messageId the gateway's id of the SMS (a redelivery answers the same ticket again, changing nothing)
     * @return the ticket whose follow-up it became, or empty when the SMS is an ordinary contact
     */
    Optional<String> answer(String messageId, CitizenIdentity phone, String text) {
        Optional<String> earlier = replies.answeredBy(messageId);
        if (earlier.isPresent()) {
            return earlier;
        }
        Matcher score = SCORE.matcher(text == null ? "" : text);
        if (!score.matches()) {
            return Optional.empty();
        }
        int value = Character.getNumericValue(score.group(1).charAt(0));
        Optional<String> ticket = replies.openSurvey(phone);
        if (ticket.isEmpty()) {
            return Optional.empty();
        }
        TicketNo no = TicketNo.parse(ticket.get());
        try {
            return Optional.ofNullable(transaction.execute(status -> {
                if (!replies.record(messageId, phone, no.toString(), value)) {
                    return replies.answeredBy(messageId).orElse(null);
                }
                tickets.followUp(no, new FollowUp(value, "短信回访回复 " + value, Channel.SMS), Actor.system());
                notices.enqueue(new CitizenNotice("survey-thanks:" + no, NoticeKind.SURVEY_THANKS, phone,
                    SIGNATURE + "感谢您对工单" + no + "的评价（" + value + "分）。", no.toString()));
                return no.toString();
            }));
        } catch (InvalidTransitionException | InvalidTicketException e) {
            // Followed up meanwhile (by a dispatcher's call): the digit is an ordinary message.
            log.info("SMS survey reply for ticket {} not applied: {}", no, e.getMessage());
            return Optional.empty();
        }
    }
}
