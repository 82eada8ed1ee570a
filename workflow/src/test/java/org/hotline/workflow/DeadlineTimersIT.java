package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The 80 % warning and 100 % escalation timers, driven by moving the engine clock. */
@RecordApplicationEvents
class DeadlineTimersIT extends WorkflowIntegrationTest {
    @Autowired
    ApplicationEvents events;

    @Test
    void signTimersWarnAtEightyPercentAndEscalateAtTheDeadline() {
        TicketView ticket = dispatched(TestTickets.gasLeak());
        TicketNo no = ticket.ticketNo();
        Instant due = ticket.signDueAt();
        assertThat(Duration.between(ticket.registeredAt(), due)).isLessThanOrEqualTo(Duration.ofMinutes(16));

        assertThat(fireTimersDueBy(no, due.minus(Duration.ofMinutes(3)))).isEqualTo(1);
        TicketView warned = reload(no);
        assertThat(warned.warned()).isTrue();
        assertThat(warned.escalated()).isFalse();
        assertThat(events.stream(TicketWarned.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> {
                    assertThat(e.deadlineKind()).isEqualTo(DeadlineKind.SIGN);
                    assertThat(e.dueAt()).isEqualTo(due);
                    assertThat(e.departmentCode()).isEqualTo("RQGS");
                });

        assertThat(fireTimersDueBy(no, due)).isEqualTo(1);
        TicketView escalated = reload(no);
        assertThat(escalated.escalated()).isTrue();
        assertThat(escalated.escalationCount()).isEqualTo(1);
        assertThat(escalated.overdue()).isFalse();
        ClockUtil.setCurrentTime(Date.from(due.plusSeconds(60)));
        assertThat(reload(no).overdue()).isTrue();
        assertThat(events.stream(TicketEscalated.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(EscalationReason.AUTOMATIC);
                    assertThat(e.deadlineKind()).isEqualTo(DeadlineKind.SIGN);
                });
        assertThat(tickets.timeline(no, TestTickets.supervisor())).filteredOn(e -> e.role() == Actor.Role.SYSTEM)
                .extracting(TimelineEntry::action).containsExactly("warn", "escalate");
    }

    @Test
    void signingCancelsTheSignTimersAndArmsTheHandleTimers() {
        TicketView ticket = signed(TestTickets.gasLeak());

        assertThat(management.createJobQuery().processInstanceId(processId(ticket.ticketNo())).timers().list())
                .extracting(job -> job.getDuedate().toInstant())
                .contains(ticket.handleDueAt())
                .allSatisfy(at -> assertThat(at).isAfter(ticket.signDueAt()));
    }

    @Test
    void handleTimersWarnAndEscalate() {
        TicketView ticket = signed(TestTickets.socialInsuranceComplaint());
        TicketNo no = ticket.ticketNo();

        assertThat(fireTimersDueBy(no, ticket.handleDueAt().minusSeconds(1))).isEqualTo(1);
        assertThat(reload(no).warned()).isTrue();
        assertThat(reload(no).escalated()).isFalse();
        assertThat(fireTimersDueBy(no, ticket.handleDueAt())).isEqualTo(1);
        assertThat(reload(no).escalated()).isTrue();
        assertThat(events.stream(TicketEscalated.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> assertThat(e.deadlineKind()).isEqualTo(DeadlineKind.HANDLE));
    }

    @Test
    void approvedExtensionReArmsTheTimersForTheMovedDeadline() {
        TicketView ticket = signed(TestTickets.socialInsuranceComplaint());
        TicketNo no = ticket.ticketNo();
        Instant oldDue = ticket.handleDueAt();
        tickets.requestExtension(no, new ExtensionRequest(5, "需多部门会商"), TestTickets.department("SBZX"));
        TicketView extended = tickets.approveExtension(no, null, TestTickets.dispatcher());

        fireTimersDueBy(no, oldDue);
        assertThat(reload(no).escalated()).as("the old deadline no longer escalates").isFalse();

        fireTimersDueBy(no, extended.handleDueAt());
        assertThat(reload(no).escalated()).isTrue();
        assertThat(events.stream(TicketEscalated.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> assertThat(e.at()).isEqualTo(extended.handleDueAt()));
    }

    @Test
    void reEnteringHandlingAfterASendBackDoesNotRepeatAnAlarm() {
        TicketView ticket = signed(TestTickets.socialInsuranceComplaint());
        TicketNo no = ticket.ticketNo();
        Actor sbzx = TestTickets.department("SBZX");
        fireTimersDueBy(no, ticket.handleDueAt().minusSeconds(1));
        tickets.reply(no, "已处理", sbzx);
        tickets.review(no, new ReviewDecision(false, "请补充处理结果"), TestTickets.dispatcher());

        assertThat(fireTimersDueBy(no, ticket.handleDueAt().minusSeconds(1))).as("re-armed warning fires")
                .isEqualTo(1);

        assertThat(tickets.timeline(no, TestTickets.supervisor())).extracting(TimelineEntry::action)
                .filteredOn("warn"::equals).hasSize(1);
        assertThat(events.stream(TicketWarned.class).filter(e -> e.no().equals(no))).hasSize(1);
    }

    private String processId(TicketNo no) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(no.toString()).singleResult().getId();
    }
}
