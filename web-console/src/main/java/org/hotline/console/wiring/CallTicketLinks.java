package org.hotline.console.wiring;

import org.hotline.telephony.CallRecords;
import org.hotline.workflow.TicketRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A ticket registered during a call is linked to that call's record, after the ticket commits, in a transaction of
 * its own.
 */
@Component
class CallTicketLinks {

    private static final Logger log = LoggerFactory.getLogger(CallTicketLinks.class);

    private final CallRecords calls;

    CallTicketLinks(CallRecords calls) {
        this.calls = calls;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TicketRegistered event) {
        if (event.callId() == null || event.callId().isBlank()) {
            return;
        }
        try {
            calls.linkTicket(event.callId(), event.no().toString());
        } catch (RuntimeException e) {
            log.warn("ticket {} not linked to call {}: {}", event.no(), event.callId(), e.getMessage());
        }
    }
}
