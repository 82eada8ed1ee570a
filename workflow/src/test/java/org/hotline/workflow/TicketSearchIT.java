package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/** Searching tickets: status, department and overdue filters, paging. */
class TicketSearchIT extends WorkflowIntegrationTest {

    @Test
    void filtersByStatusDepartmentAndOverdue() {
        TicketView gasLeak = dispatched(TestTickets.gasLeak());
        TicketView fresh = dispatched(TestTickets.gasLeak());
        Actor supervisor = TestTickets.supervisor();
        ClockUtil.setCurrentTime(Date.from(gasLeak.signDueAt().plus(Duration.ofMinutes(1))));

        TicketPage overdue = tickets.search(new TicketQuery(TicketStatus.DISPATCHED, "RQGS", true, 0, 200), supervisor);
        assertThat(overdue.items()).extracting(TicketView::ticketNo).contains(gasLeak.ticketNo(), fresh.ticketNo());
        assertThat(overdue.items()).allSatisfy(v -> {
            assertThat(v.overdue()).isTrue();
            assertThat(v.departmentCode()).isEqualTo("RQGS");
            assertThat(v.status()).isEqualTo(TicketStatus.DISPATCHED);
        });

        tickets.sign(fresh.ticketNo(), TestTickets.department("RQGS"));
        TicketPage notOverdue = tickets.search(new TicketQuery(null, "RQGS", false, 0, 200), supervisor);
        assertThat(notOverdue.items()).extracting(TicketView::ticketNo).contains(fresh.ticketNo())
                .doesNotContain(gasLeak.ticketNo());
    }

    @Test
    void pagesNewestFirstWithATotal() {
        registered(TestTickets.socialInsuranceComplaint());
        TicketView newest = registered(TestTickets.socialInsuranceComplaint());

        TicketPage first = tickets.search(new TicketQuery(TicketStatus.REGISTERED, null, null, 0, 1),
                TestTickets.dispatcher());
        TicketPage second = tickets.search(new TicketQuery(TicketStatus.REGISTERED, null, null, 1, 1),
                TestTickets.dispatcher());

        assertThat(first.items()).singleElement().satisfies(v -> assertThat(v.ticketNo()).isEqualTo(newest.ticketNo()));
        assertThat(second.items()).hasSize(1);
        assertThat(first.total()).isGreaterThanOrEqualTo(2).isEqualTo(second.total());
    }

    @Test
    void refusesOversizePages() {
        assertThatThrownBy(() -> tickets.search(new TicketQuery(null, null, null, 0, 500), TestTickets.supervisor()))
                .isInstanceOf(InvalidTicketException.class);
    }
}
