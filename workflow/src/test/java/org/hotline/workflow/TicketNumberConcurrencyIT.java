package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ticket numbers stay unique and gap-free per day when many registrations run at once. */
class TicketNumberConcurrencyIT extends WorkflowIntegrationTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 250;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eightThreadsRegisteringTwoThousandTicketsGetDistinctGapFreeNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<TicketNo>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                List<TicketNo> numbers = new ArrayList<>();
                for (int i = 0; i < PER_THREAD; i++) {
                    numbers.add(tickets.register(TestTickets.socialInsuranceComplaint(), TestTickets.agent())
                            .ticketNo());
                }
                return numbers;
            }));
        }
        Set<TicketNo> all = new HashSet<>();
        for (Future<List<TicketNo>> future : futures) {
            all.addAll(future.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(all).hasSize(THREADS * PER_THREAD);
        Set<LocalDate> days = new HashSet<>();
        all.forEach(no -> days.add(no.day()));
        for (LocalDate day : days) {
            List<Integer> sequences = jdbc.queryForList(
                    "SELECT CAST(SUBSTRING(ticket_no, 11) AS UNSIGNED) FROM workflow_ticket WHERE ticket_no LIKE ?"
                            + " ORDER BY ticket_no", Integer.class, "JH" + day.toString().replace("-", "") + "%");
            for (int i = 0; i < sequences.size(); i++) {
                assertThat(sequences.get(i)).as("sequence %d of %s", i + 1, day).isEqualTo(i + 1);
            }
        }
    }
}
