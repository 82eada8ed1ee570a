package org.hotline.workflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The per-day counter, including the first number of a day that has no counter row yet. */
class TicketNumbersIT extends WorkflowIntegrationTest {
    @Autowired
    TicketNumbers numbers;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void firstNumberOfANewDayIsOneAndTheNextFollowsInTheSameTransaction() {
        LocalDate day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        var at = day.atTime(10, 0).atZone(TicketNumbers.ZONE).toInstant();

        TicketNo[] allocated = transactions.execute(status -> new TicketNo[] {numbers.next(at), numbers.next(at)});

        assertThat(allocated[0]).isEqualTo(new TicketNo(day, 1));
        assertThat(allocated[1]).isEqualTo(new TicketNo(day, 2));
    }

    @Test
    void aRolledBackAllocationIsGivenOutAgain() {
        LocalDate day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        var at = day.atTime(10, 0).atZone(TicketNumbers.ZONE).toInstant();

        transactions.executeWithoutResult(status -> {
            numbers.next(at);
            status.setRollbackOnly();
        });

        TicketNo again = transactions.execute(status -> numbers.next(at));
        assertThat(again).isEqualTo(new TicketNo(day, 1));
    }
}
