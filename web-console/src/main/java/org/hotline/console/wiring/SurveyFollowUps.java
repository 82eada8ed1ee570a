package org.hotline.console.wiring;

import java.util.Optional;

import org.hotline.telephony.SurveyScore;
import org.hotline.telephony.Surveys;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Channel;
import org.hotline.workflow.FollowUp;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.InvalidTransitionException;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Turns a kept IVR survey score into a ticket's follow-up (回访) as the SYSTEM actor, at whichever moment comes
 * second: the survey (ticket already at follow-up) or the ticket reaching follow-up (survey already kept). A ticket
 * takes a survey score only for its first follow-up: once it carries a satisfaction (a reopen after dissatisfaction),
 * the next follow-up is the dispatcher's.
 */
@Component
class SurveyFollowUps {

    private static final Logger log = LoggerFactory.getLogger(SurveyFollowUps.class);

    private final TicketService tickets;
    private final Surveys surveys;

    /** Lazy: the ticket service seen here is the one {@link FollowUpOnReview} decorates with this very class. */
    SurveyFollowUps(@Lazy TicketService tickets, Surveys surveys) {
        this.tickets = tickets;
        this.surveys = surveys;
    }

    /** @return whether the ticket awaits a follow-up that a survey score may give */
    static boolean awaitsSurvey(TicketView ticket) {
        return ticket.status() == TicketStatus.FOLLOW_UP && ticket.satisfaction() == null;
    }

    /** The survey of a call just came in: every ticket of the call awaiting its follow-up takes the score now. */
    void surveyed(String callId, int score, Iterable<String> ticketNos) {
        for (String ticketNo : ticketNos) {
            TicketNo no;
            try {
                no = TicketNo.parse(ticketNo);
            } catch (IllegalArgumentException e) {
                continue;
            }
            Optional<TicketView> ticket = tickets.find(no, Actor.system());
            if (ticket.isPresent() && awaitsSurvey(ticket.get())) {
                apply(no, callId, score);
            } else {
                log.info("survey score of call {} kept for ticket {} until it reaches follow-up", callId, ticketNo);
            }
        }
    }

    /**
     * A ticket reached its follow-up: the latest kept survey score of its calls, if any, becomes its follow-up.
     *
     * @param actor who moved the ticket, to whom the returned view is shown
     * @return the ticket as {@code actor} now sees it, or {@code reached} when no score was applied
     */
    TicketView reachedFollowUp(TicketView reached, Actor actor) {
        Optional<SurveyScore> score = surveys.latestForTicket(reached.ticketNo().toString());
        if (score.isEmpty() || !apply(reached.ticketNo(), score.get().callId(), score.get().score())) {
            return reached;
        }
        return tickets.find(reached.ticketNo(), actor).orElse(reached);
    }

    private boolean apply(TicketNo no, String callId, int score) {
        try {
            tickets.followUp(no, new FollowUp(score, "IVR survey of call " + callId, Channel.PHONE), Actor.system());
            log.info("survey score {} of call {} is the follow-up of ticket {}", score, callId, no);
            return true;
        } catch (InvalidTransitionException | InvalidTicketException e) {
            log.info("survey score of call {} not applied to ticket {}: {}", callId, no, e.getMessage());
            return false;
        }
    }
}
