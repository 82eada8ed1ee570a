package org.hotline.workflow.ticket;

import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a day's counter row (at 0) in its own short transaction. Racing first registrations of a day would
 * otherwise each hold the shared lock of a failed duplicate insert and then deadlock asking for the row's exclusive
 * lock; here the loser's transaction ends at once, taking its lock with it.
 */
@Component
class SequenceDays {
    private final TicketMapper mapper;

    SequenceDays(TicketMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensure(LocalDate day) {
        try {
            mapper.insertSequence(day, 0);
        } catch (DuplicateKeyException createdByAnotherNode) {
            // The row exists now, which is all the caller needs.
        }
    }
}
