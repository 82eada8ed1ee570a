package org.hotline.console.wiring;

import java.util.Locale;
import java.util.Optional;

import org.hotline.telephony.CallRecord;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.SurveyResultSink;
import org.hotline.telephony.TicketStatusInfo;
import org.hotline.telephony.TicketStatusLookup;
import org.hotline.workflow.Actor;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.TicketStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The telephony module's ports, answered by the workflow: the IVR's ticket-status self-service and the survey
 * score that becomes the follow-up (回访) of the tickets registered during the surveyed call, now or when they reach
 * that step ({@link SurveyFollowUps}).
 */
@Component
class TelephonyTicketPorts implements TicketStatusLookup, SurveyResultSink {

    private static final Logger log = LoggerFactory.getLogger(TelephonyTicketPorts.class);

    private final TicketService tickets;
    private final CallRecords calls;
    private final SurveyFollowUps surveyFollowUps;

    TelephonyTicketPorts(TicketService tickets, CallRecords calls, SurveyFollowUps surveyFollowUps) {
        this.tickets = tickets;
        this.calls = calls;
        this.surveyFollowUps = surveyFollowUps;
    }

    @Override
    public Optional<TicketStatusInfo> statusOf(String ticketNo) {
        TicketNo no;
        try {
            no = TicketNo.parse(ticketNo);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return tickets.find(no, Actor.system())
            .map(ticket -> new TicketStatusInfo(ticket.ticketNo().toString(), promptKey(ticket.status()),
                ticket.citizenPhone()));
    }

    /**
     * The IVR plays {@code hotline.ivr.prompts.status-prefix} ({@code hotline/status-}) followed by this key, e.g.
     * {@code in-progress}, so the key itself carries no prefix.
     */
    static String promptKey(TicketStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public void surveyCompleted(String callId, int score) {
        Optional<CallRecord> call = calls.find(callId);
        if (call.isEmpty()) {
            log.info("survey score of call {} kept; the call has no record", callId);
            return;
        }
        surveyFollowUps.surveyed(callId, score, call.get().ticketNos());
    }
}
