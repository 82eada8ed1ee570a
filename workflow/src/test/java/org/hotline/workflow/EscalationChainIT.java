package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * 督办 as a chain: levels with feedback windows in working days, the next level when a window passes unanswered,
 * cards, the department's answer, a supervisor's chosen level, and the lists and figures. The default levels apply
 * (1 working day, no card; 2 working days, yellow; 3 working days, red).
 */
@RecordApplicationEvents
class EscalationChainIT extends WorkflowIntegrationTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    ApplicationEvents events;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    EscalationService escalations;

    private final Actor supervisor = TestTickets.supervisor();
    private final Actor sbzx = TestTickets.department("SBZX");

    @Test
    void aPassedDeadlineStartsLevelOneAndUnansweredLevelsRiseToOverdue() {
        TicketView ticket = signed(TestTickets.socialInsuranceComplaint());
        TicketNo no = ticket.ticketNo();
        fireTimersDueBy(no, ticket.handleDueAt());

        Escalation chain = onlyChain(no);
        assertThat(chain.reason()).isEqualTo(EscalationReason.AUTOMATIC);
        assertThat(chain.deadlineKind()).isEqualTo(DeadlineKind.HANDLE);
        assertThat(chain.status()).isEqualTo(EscalationStatus.OPEN);
        assertThat(chain.departmentCode()).isEqualTo("SBZX");
        EscalationLevel first = chain.levels().get(0);
        assertThat(first.level()).isEqualTo(1);
        assertThat(first.card()).isEqualTo(Card.NONE);
        assertThat(first.trigger()).isEqualTo(LevelTrigger.DEADLINE);
        assertThat(first.addressees()).containsExactlyInAnyOrder(EscalationAudience.DISPATCHERS,
                EscalationAudience.SUPERVISORS);
        assertThat(first.feedbackDueAt()).isEqualTo(calendar.addWorkingDays(ticket.handleDueAt(), 1));
        assertThat(events.stream(TicketEscalated.class).filter(e -> e.no().equals(no))).hasSize(1);
        assertThat(levelsRaised(no)).containsExactly(1);
        assertThat(reload(no).allowedActions()).doesNotContain("escalation-feedback");
        assertThat(tickets.find(no, sbzx).orElseThrow().allowedActions()).contains("escalation-feedback");

        assertThat(fireEscalationTimersDueBy(no, first.feedbackDueAt().minusSeconds(1))).isZero();
        assertThat(fireEscalationTimersDueBy(no, first.feedbackDueAt())).isEqualTo(1);
        chain = onlyChain(no);
        assertThat(chain.currentLevel()).isEqualTo(2);
        assertThat(chain.levels().get(0).missedAt()).isEqualTo(first.feedbackDueAt());
        EscalationLevel second = chain.levels().get(1);
        assertThat(second.card()).isEqualTo(Card.YELLOW);
        assertThat(second.trigger()).isEqualTo(LevelTrigger.NO_FEEDBACK);
        assertThat(second.feedbackDueAt()).isEqualTo(calendar.addWorkingDays(first.feedbackDueAt(), 2));
        assertThat(events.stream(CardIssued.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> {
                    assertThat(e.card()).isEqualTo(Card.YELLOW);
                    assertThat(e.departmentCode()).isEqualTo("SBZX");
                });

        fireEscalationTimersDueBy(no, second.feedbackDueAt());
        EscalationLevel third = onlyChain(no).levels().get(2);
        assertThat(third.card()).isEqualTo(Card.RED);
        assertThat(third.feedbackDueAt()).isEqualTo(calendar.addWorkingDays(second.feedbackDueAt(), 3));
        assertThat(levelsRaised(no)).containsExactly(1, 2, 3);

        fireEscalationTimersDueBy(no, third.feedbackDueAt());
        chain = onlyChain(no);
        assertThat(chain.status()).isEqualTo(EscalationStatus.OVERDUE);
        assertThat(chain.levels()).allSatisfy(level -> assertThat(level.missedAt()).isNotNull());
        assertThat(escalationInstances(no)).isZero();
        assertThat(tickets.timeline(no, supervisor)).extracting(TimelineEntry::action)
                .containsSubsequence("escalate", "escalation-missed", "escalate-level", "escalation-missed",
                        "escalate-level", "escalation-missed");

        ClockUtil.setCurrentTime(Date.from(third.feedbackDueAt().plusSeconds(3600)));
        TicketView answered = tickets.answerEscalation(no, "已约谈经办人，三日内答复群众", sbzx);
        chain = answered.escalations().get(0);
        assertThat(chain.status()).isEqualTo(EscalationStatus.ANSWERED);
        assertThat(chain.levels().get(2).feedback()).isEqualTo("已约谈经办人，三日内答复群众");
        assertThat(chain.levels().get(2).answeredOnTime()).isFalse();
        assertThat(events.stream(EscalationAnswered.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> assertThat(e.onTime()).isFalse());
    }

    @Test
    void answeringWithinTheWindowStopsTheChain() {
        TicketView ticket = signed(TestTickets.socialInsuranceComplaint());
        TicketNo no = ticket.ticketNo();
        TicketView escalated = tickets.escalate(no, null, "群众多次来电", supervisor);
        assertThat(escalated.escalations()).singleElement().satisfies(chain -> {
            assertThat(chain.reason()).isEqualTo(EscalationReason.MANUAL);
            assertThat(chain.startedBy()).isEqualTo("supervisor1");
            assertThat(chain.currentLevel()).isEqualTo(1);
        });
        assertThat(escalationInstances(no)).isEqualTo(1);

        assertThatThrownBy(() -> tickets.answerEscalation(no, "已办", supervisor))
                .isInstanceOf(ActionNotPermittedException.class);
        assertThatThrownBy(() -> tickets.answerEscalation(no, "已办", TestTickets.department("GJJ")))
                .isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> tickets.answerEscalation(no, " ", sbzx)).isInstanceOf(InvalidTicketException.class);

        TicketView answered = tickets.answerEscalation(no, "已安排专人办理", sbzx);
        Escalation chain = answered.escalations().get(0);
        assertThat(chain.status()).isEqualTo(EscalationStatus.ANSWERED);
        assertThat(chain.levels().get(0).answeredBy()).isEqualTo(sbzx.username());
        assertThat(chain.levels().get(0).answeredOnTime()).isTrue();
        assertThat(answered.allowedActions()).doesNotContain("escalation-feedback");
        assertThat(escalationInstances(no)).isZero();
        assertThat(events.stream(EscalationAnswered.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> assertThat(e.onTime()).isTrue());
        assertThat(tickets.timeline(no, supervisor)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("escalation-feedback");
            assertThat(e.note()).isEqualTo("已安排专人办理");
        });
        assertThatThrownBy(() -> tickets.answerEscalation(no, "再次反馈", sbzx))
                .isInstanceOf(InvalidTransitionException.class);

        fireEscalationTimersDueBy(no, chain.feedbackDueAt().plusSeconds(60));
        assertThat(reload(no).escalations().get(0).currentLevel()).as("no level after an answer").isEqualTo(1);
    }

    @Test
    void aSupervisorStartsAtTheChosenLevelAndRaisesTheOpenChain() {
        TicketView ticket = signed(TestTickets.socialInsuranceComplaint());
        TicketNo no = ticket.ticketNo();

        assertThatThrownBy(() -> tickets.escalate(no, 4, null, supervisor)).isInstanceOf(InvalidTicketException.class);
        TicketView yellow = tickets.escalate(no, 2, null, supervisor);
        Escalation chain = yellow.escalations().get(0);
        assertThat(chain.levels()).singleElement().satisfies(level -> {
            assertThat(level.level()).isEqualTo(2);
            assertThat(level.card()).isEqualTo(Card.YELLOW);
            assertThat(level.trigger()).isEqualTo(LevelTrigger.SUPERVISOR);
        });
        assertThat(events.stream(CardIssued.class).filter(e -> e.no().equals(no))).hasSize(1);

        assertThatThrownBy(() -> tickets.escalate(no, 2, null, supervisor))
                .isInstanceOf(InvalidTransitionException.class);
        TicketView red = tickets.escalate(no, null, "仍未办理", supervisor);
        Escalation raised = red.escalations().get(0);
        assertThat(raised.currentLevel()).isEqualTo(3);
        assertThat(raised.levels()).extracting(EscalationLevel::card).containsExactly(Card.YELLOW, Card.RED);
        assertThat(escalationTimers(no)).singleElement()
                .satisfies(job -> assertThat(job.getDuedate().toInstant()).isEqualTo(raised.feedbackDueAt()));
        assertThatThrownBy(() -> tickets.escalate(no, null, null, supervisor))
                .isInstanceOf(InvalidTransitionException.class);
        assertThat(reload(no).escalationCount()).isEqualTo(2);
    }

    @Test
    void closingTheTicketEndsItsChain() {
        TicketView ticket = signed(TestTickets.socialInsuranceComplaint());
        TicketNo no = ticket.ticketNo();
        tickets.escalate(no, null, null, supervisor);

        tickets.close(no, "诉求人撤回诉求", TestTickets.dispatcher());

        assertThat(onlyChain(no).status()).isEqualTo(EscalationStatus.ENDED);
        assertThat(escalationInstances(no)).isZero();
    }

    @Test
    void aTicketNotYetWithADepartmentCannotBeEscalated() {
        TicketView ticket = registered(TestTickets.socialInsuranceComplaint());

        assertThatThrownBy(() -> tickets.escalate(ticket.ticketNo(), null, null, supervisor))
                .isInstanceOf(InvalidTransitionException.class);
        assertThat(reload(ticket.ticketNo()).escalations()).isEmpty();
    }

    @Test
    void listsAndFiguresPerDepartment() {
        TicketNo answered = signed(TestTickets.socialInsuranceComplaint()).ticketNo();
        TicketNo open = signed(TestTickets.socialInsuranceComplaint()).ticketNo();
        TicketNo overdue = signed(TestTickets.socialInsuranceComplaint()).ticketNo();
        TicketNo elsewhere = signed(TestTickets.gasLeak()).ticketNo();
        tickets.escalate(answered, null, null, supervisor);
        tickets.answerEscalation(answered, "已办理", sbzx);
        tickets.escalate(open, 2, null, supervisor);
        tickets.escalate(overdue, 3, null, supervisor);
        tickets.escalate(elsewhere, 1, null, supervisor);
        Instant overdueDue = onlyChain(overdue).feedbackDueAt();
        fireEscalationTimersDueBy(overdue, overdueDue);
        ClockUtil.reset();

        assertThat(ids(new EscalationQuery(EscalationStatus.OVERDUE, "SBZX", 0, 200), supervisor))
                .contains(onlyChain(overdue).id()).doesNotContain(onlyChain(open).id());
        assertThat(ids(new EscalationQuery(EscalationStatus.ANSWERED, null, 0, 200), TestTickets.dispatcher()))
                .contains(onlyChain(answered).id());
        assertThat(escalations.search(new EscalationQuery(null, "RQGS", 0, 200), sbzx))
                .as("a department sees only its own").allSatisfy(e -> assertThat(e.departmentCode()).isEqualTo("SBZX"))
                .extracting(Escalation::id).contains(onlyChain(open).id());
        assertThatThrownBy(() -> escalations.search(new EscalationQuery(null, null, 0, 20), TestTickets.agent()))
                .isInstanceOf(ActionNotPermittedException.class);

        LocalDate today = LocalDate.ofInstant(overdueDue, CHINA);
        LocalDate start = LocalDate.ofInstant(Instant.now(), CHINA);
        EscalationStats sbzxStats = escalations.stats(start, today, supervisor).stream()
                .filter(s -> s.departmentCode().equals("SBZX")).findFirst().orElseThrow();
        assertThat(sbzxStats.levels()).isGreaterThanOrEqualTo(3);
        assertThat(sbzxStats.answeredOnTime()).isGreaterThanOrEqualTo(1);
        assertThat(sbzxStats.yellowCards()).isGreaterThanOrEqualTo(1);
        assertThat(sbzxStats.redCards()).isGreaterThanOrEqualTo(1);
        assertThat(sbzxStats.missed()).isGreaterThanOrEqualTo(1);
        assertThat(escalations.stats(start, today, sbzx)).extracting(EscalationStats::departmentCode)
                .containsOnly("SBZX");
        assertThatThrownBy(() -> escalations.stats(today, start.minusDays(1), supervisor))
                .isInstanceOf(InvalidTicketException.class);
    }

    @Test
    void statsCountExactlyWhatOneDepartmentGotOnADay() {
        // A department of its own on a day of its own: the figures are exact, whatever else the suite wrote.
        TicketView ticket = signed(TestTickets.streetVendingInJiangcheng());
        TicketNo no = ticket.ticketNo();
        long days = ThreadLocalRandom.current().nextLong(400, 20_000);
        Instant day = ticket.handleDueAt().plusSeconds(days * 24 * 3600);
        ClockUtil.setCurrentTime(Date.from(day));
        tickets.escalate(no, 2, null, supervisor);
        tickets.answerEscalation(no, "已整改", TestTickets.department(ticket.departmentCode()));
        LocalDate date = LocalDate.ofInstant(day, CHINA);

        assertThat(escalations.stats(date, date, supervisor))
                .filteredOn(s -> s.departmentCode().equals(ticket.departmentCode()))
                .containsExactly(new EscalationStats(ticket.departmentCode(), 1, 1, 1, 1, 0, 1, 0));
    }

    private Escalation onlyChain(TicketNo no) {
        List<Escalation> chains = reload(no).escalations();
        assertThat(chains).hasSize(1);
        return chains.get(0);
    }

    private List<Long> ids(EscalationQuery query, Actor actor) {
        return escalations.search(query, actor).stream().map(Escalation::id).toList();
    }

    private List<Integer> levelsRaised(TicketNo no) {
        return events.stream(EscalationLevelRaised.class).filter(e -> e.no().equals(no))
                .map(EscalationLevelRaised::level).toList();
    }

    private long escalationInstances(TicketNo no) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("ticketEscalation")
                .processInstanceBusinessKey(no.toString()).count();
    }

    private List<Job> escalationTimers(TicketNo no) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("ticketEscalation")
                .processInstanceBusinessKey(no.toString()).list().stream()
                .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).timers().list().stream())
                .toList();
    }

    /** Moves the engine clock to {@code at} and executes every 督办 timer of this ticket due by then. */
    private int fireEscalationTimersDueBy(TicketNo no, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        List<Job> due = escalationTimers(no).stream()
                .filter(job -> !job.getDuedate().toInstant().isAfter(at)).toList();
        due.forEach(job -> management.executeJob(job.getId()));
        return due.size();
    }
}
