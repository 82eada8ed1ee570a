package org.hotline.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.hotline.workflow.TestTickets;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine plugin that keeps process definitions without rereading their row: a change made behind the engine's
 * back (here: another tool suspends the {@code ticketLifecycle} definition) takes effect after the recheck interval.
 */
class DefinitionRecheckCacheIT extends WorkflowIntegrationTest {
    @Autowired
    DefinitionRecheckCache plugin;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSuspensionMadeElsewhereStopsRegistrationsOnceTheRecheckIntervalHasPassed() {
        AtomicLong now = new AtomicLong(System.nanoTime());
        LongSupplier original = plugin.ticker;
        plugin.ticker = now::get;
        try {
            now.addAndGet(2 * DefinitionRecheckCache.RECHECK_NANOS);
            assertThat(registered(TestTickets.socialInsuranceComplaint()).status()).isEqualTo(TicketStatus.REGISTERED);

            setSuspensionState(2);
            assertThat(registered(TestTickets.socialInsuranceComplaint()).status())
                    .as("within the interval the cached definition is used").isEqualTo(TicketStatus.REGISTERED);

            now.addAndGet(2 * DefinitionRecheckCache.RECHECK_NANOS);
            Throwable refused = catchThrowable(() -> registered(TestTickets.socialInsuranceComplaint()));
            assertThat(messages(refused)).contains("suspended");
            setSuspensionState(1);
            now.addAndGet(2 * DefinitionRecheckCache.RECHECK_NANOS);
            assertThat(registered(TestTickets.socialInsuranceComplaint()).status())
                    .as("activated again after the interval").isEqualTo(TicketStatus.REGISTERED);
        } finally {
            setSuspensionState(1);
            // Back on the real clock, whose reading is earlier than the last read: the next use reads the row.
            plugin.ticker = original;
        }
        assertThat(registered(TestTickets.socialInsuranceComplaint()).status()).isEqualTo(TicketStatus.REGISTERED);
    }

    private void setSuspensionState(int state) {
        jdbc.update("UPDATE ACT_RE_PROCDEF SET SUSPENSION_STATE_ = ? WHERE KEY_ = 'ticketLifecycle'", state);
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
