package org.hotline.console.wiring;

import org.hotline.knowledge.SimilarTickets;
import org.hotline.knowledge.TicketClassifier;
import org.hotline.knowledge.TicketSnapshot;
import org.hotline.knowledge.TicketTerms;
import org.hotline.workflow.Closure;
import org.hotline.workflow.TicketClosed;
import org.hotline.workflow.TicketRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.hotline.workflow.Actor;
import org.hotline.workflow.PersonalData;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.TicketView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the knowledge module's view of tickets current: every registered ticket becomes a candidate for duplicate
 * detection and has its content terms counted for the hot topics ({@link TicketTerms}), every closed one leaves it
 * and teaches the classifier its final category. Each runs after the ticket
 * commits, in a transaction of its own. Only masked text is handed over ({@link PersonalData}), and nothing of a
 * confidential report (the phone goes only as the index's salted hash).
 */
@Component
class TicketKnowledgeFeed {

    private static final Logger log = LoggerFactory.getLogger(TicketKnowledgeFeed.class);

    private final SimilarTickets similarTickets;
    private final TicketClassifier classifier;
    private final TicketService tickets;
    private final TicketTerms terms;

    TicketKnowledgeFeed(SimilarTickets similarTickets, TicketClassifier classifier, TicketService tickets,
            TicketTerms terms) {
        this.similarTickets = similarTickets;
        this.classifier = classifier;
        this.tickets = tickets;
        this.terms = terms;
    }

    /** A confidential report's words never leave the workflow module. */
    private boolean confidential(TicketNo no) {
        return tickets.find(no, Actor.system()).map(TicketView::confidential).orElse(true);
    }

    // After commit: a rolled-back registration must not appear as a duplicate candidate.
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TicketRegistered event) {
        try {
            if (confidential(event.no())) {
                return;
            }
            String masked = PersonalData.mask(event.content());
            try {
                similarTickets.index(new TicketSnapshot(event.no().toString(), masked, event.citizenPhone(),
                    event.districtCode(), event.categoryCode(), true, event.at()));
            } catch (RuntimeException e) {
                log.warn("ticket {} not indexed for duplicate detection: {}", event.no(), e.getMessage());
            }
            terms.record(event.no().toString(), masked, event.at());
        } catch (RuntimeException e) {
            log.warn("ticket {} not counted for hot topics: {}", event.no(), e.getMessage());
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TicketClosed event) {
        try {
            similarTickets.close(event.no().toString());
            if (event.closure() != Closure.MERGED && event.content() != null && event.categoryCode() != null
                    && !confidential(event.no())) {
                classifier.learn(PersonalData.mask(event.content()), event.categoryCode());
            }
        } catch (RuntimeException e) {
            log.warn("closed ticket {} not fed to the knowledge module: {}", event.no(), e.getMessage());
        }
    }
}
