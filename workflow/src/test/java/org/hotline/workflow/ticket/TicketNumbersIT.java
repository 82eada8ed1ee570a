package org.hotline.workflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.TestTickets;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-day counter: the first number of a new day, numbers given back by rolled-back registrations and taken
 * again, registrations not waiting on one another, and the reconciliation of a finished day.
 */
class TicketNumbersIT extends WorkflowIntegrationTest {
    @Autowired
    TicketNumbers numbers;
    @Autowired
    TicketNumberReconciliation reconciliation;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void firstNumberOfANewDayIsOneAndTheNextFollowsInTheSameTransaction() {
        Instant at = randomFutureDay().atTime(10, 0).atZone(TicketNumbers.ZONE).toInstant();
        LocalDate day = at.atZone(TicketNumbers.ZONE).toLocalDate();

        TicketNo[] taken = transactions.execute(status -> new TicketNo[] {numbers.next(at), numbers.next(at)});

        assertThat(taken[0]).isEqualTo(new TicketNo(day, 1));
        assertThat(taken[1]).isEqualTo(new TicketNo(day, 2));
    }

    @Test
    void aRolledBackAllocationIsGivenOutAgain() {
        Instant at = randomFutureDay().atTime(10, 0).atZone(TicketNumbers.ZONE).toInstant();
        LocalDate day = at.atZone(TicketNumbers.ZONE).toLocalDate();
        transactions.executeWithoutResult(status -> {
            numbers.next(at);
            numbers.next(at);
            status.setRollbackOnly();
        });

        TicketNo first = transactions.execute(status -> numbers.next(at));
        TicketNo second = transactions.execute(status -> numbers.next(at));
        TicketNo third = transactions.execute(status -> numbers.next(at));

        assertThat(List.of(first, second, third))
                .containsExactly(new TicketNo(day, 1), new TicketNo(day, 2), new TicketNo(day, 3));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workflow_ticket_number_free WHERE seq_date = ?",
                Integer.class, day)).isZero();
    }

    @Test
    void aNumberTakenInAnOpenTransactionDoesNotHoldBackTheNextRegistration() throws Exception {
        Instant at = randomFutureDay().atTime(10, 0).atZone(TicketNumbers.ZONE).toInstant();
        LocalDate day = at.atZone(TicketNumbers.ZONE).toLocalDate();
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<TicketNo> open = holder.submit(() -> transactions.execute(status -> {
                TicketNo no = numbers.next(at);
                taken.countDown();
                await(finish);
                return no;
            }));
            assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

            // The first transaction is still open: the counter must not be locked by it.
            TicketNo next = other.submit(() -> transactions.execute(status -> numbers.next(at)))
                    .get(5, TimeUnit.SECONDS);
            finish.countDown();

            assertThat(open.get(10, TimeUnit.SECONDS)).isEqualTo(new TicketNo(day, 1));
            assertThat(next).isEqualTo(new TicketNo(day, 2));
        } finally {
            finish.countDown();
            holder.shutdownNow();
            other.shutdownNow();
        }
    }

    @Test
    void aRegistrationRolledBackByItsCallerLeavesNoTicketAndItsNumberGoesToTheNextRegistration() {
        TicketNo[] rolledBack = new TicketNo[1];
        transactions.executeWithoutResult(status -> {
            rolledBack[0] = tickets.register(TestTickets.socialInsuranceComplaint(), TestTickets.agent()).ticketNo();
            status.setRollbackOnly();
        });

        TicketView next = tickets.register(TestTickets.socialInsuranceComplaint(), TestTickets.agent());

        assertThat(next.ticketNo()).isEqualTo(rolledBack[0]);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workflow_ticket WHERE ticket_no = ?", Integer.class,
                rolledBack[0].toString())).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(rolledBack[0].toString())
                .count()).isEqualTo(1);
    }

    @Test
    void reconcilingAFinishedDayVoidsEveryNumberNotIssuedOnceAndEmptiesItsFreeList() {
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        jdbc.update("INSERT INTO workflow_ticket_sequence (seq_date, last_value) VALUES (?, 5)", day);
        for (int sequence : new int[] {1, 2, 4}) {
            insertTicket(new TicketNo(day, sequence));
        }
        jdbc.update("INSERT INTO workflow_ticket_number_free (seq_date, seq_value, freed_at) VALUES (?, 3, ?)",
                day, day.atTime(12, 0));
        Instant afterTheDay = day.plusDays(1).atTime(1, 0).atZone(TicketNumbers.ZONE).toInstant();

        reconciliation.reconcile(afterTheDay);
        int again = reconciliation.reconcile(afterTheDay);

        List<Map<String, Object>> voided = jdbc.queryForList("SELECT seq_value, reason FROM"
                + " workflow_ticket_number_void WHERE seq_date = ? ORDER BY seq_value", day);
        assertThat(voided).extracting(row -> ((Number) row.get("seq_value")).intValue() + ":" + row.get("reason"))
                .containsExactly("3:freed", "5:lost");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workflow_ticket_number_free WHERE seq_date = ?",
                Integer.class, day)).isZero();
        assertThat(again).isZero();
        assertThat(tickets.voidedNumbers(day, TestTickets.admin())).extracting(v -> v.ticketNo().sequence() + ":"
                + v.reason()).containsExactly("3:freed", "5:lost");
        assertThatThrownBy(() -> tickets.voidedNumbers(day, TestTickets.department("SBZX")))
                .isInstanceOf(ActionNotPermittedException.class);
    }

    @Test
    void aDayIsNotReconciledUntilItHasBeenOverForTheGracePeriod() {
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        jdbc.update("INSERT INTO workflow_ticket_sequence (seq_date, last_value) VALUES (?, 1)", day);
        Instant justAfterMidnight = day.plusDays(1).atStartOfDay(TicketNumbers.ZONE).toInstant()
                .plus(TicketNumberReconciliation.GRACE).minusSeconds(1);

        reconciliation.reconcile(justAfterMidnight);

        assertThat(jdbc.queryForObject("SELECT reconciled_at FROM workflow_ticket_sequence WHERE seq_date = ?",
                Object.class, day)).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workflow_ticket_number_void WHERE seq_date = ?",
                Integer.class, day)).isZero();
    }

    private void insertTicket(TicketNo no) {
        jdbc.update("INSERT INTO workflow_ticket (ticket_no, status, channel, ticket_type, category_code, urgency,"
                + " content, confidential, registered_by, registered_at, warned, escalated, escalation_count,"
                + " reopen_count) VALUES (?, 'CLOSED', 'PHONE', 'CONSULTATION', 'C0101', 'NORMAL', 'reconciliation"
                + " test', FALSE, 'agent1', ?, FALSE, FALSE, 0, 0)", no.toString(), no.day().atTime(9, 0));
    }

    private static LocalDate randomFutureDay() {
        return LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
