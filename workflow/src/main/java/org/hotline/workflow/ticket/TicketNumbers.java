package org.hotline.workflow.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hotline.workflow.TicketNo;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates ticket numbers from a per-day counter row locked with {@code SELECT ... FOR UPDATE} in the caller's
 * transaction: numbers are unique across nodes, and a rolled-back registration rolls its increment back too, so a
 * day's numbers have no gaps. The lock is held until the caller commits, so callers allocate as late as possible.
 */
@Component
class TicketNumbers {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final TicketMapper mapper;
    private final SequenceDays days;

    TicketNumbers(TicketMapper mapper, SequenceDays days) {
        this.mapper = mapper;
        this.days = days;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    TicketNo next(Instant at) {
        LocalDate day = at.atZone(ZONE).toLocalDate();
        Integer last = mapper.lockSequence(day);
        if (last == null) {
            days.ensure(day);
            last = mapper.lockSequence(day);
        }
        int next = last + 1;
        mapper.updateSequence(day, next);
        return new TicketNo(day, next);
    }
}
