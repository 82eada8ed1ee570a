package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Deadlines on the steps beyond signing and handling, on MariaDB with the real process and calendar: each
 * co-handler's contribution (warned, missed, escalated, and no longer blocking the lead's reply), the dispatcher's
 * review and the follow-up with the citizen. Timers fire by moving the engine clock (see
 * {@link WorkflowIntegrationTest#fireTimersDueBy}); the defaults apply (3, 1 and 3 working days, warning at 80 %).
 */
@RecordApplicationEvents
class StepDeadlinesIT extends WorkflowIntegrationTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    ApplicationEvents events;
    @Autowired
    WorkingCalendar calendar;

    private final Actor dispatcher = TestTickets.dispatcher();
    private final Actor sbzx = TestTickets.department("SBZX");
    private final Actor cgj = TestTickets.department("CGJ");
    private final Actor zjj = TestTickets.department("ZJJ");
    private final Actor zrzyj = TestTickets.department("ZRZYJ");

    /** Illegal construction (C0703, 10 working days to handle): CGJ leads, ZJJ and ZRZYJ co-handle. */
    private TicketView withCoHandlersSigned() {
        TicketView registered = registered(new RegisterTicket(Channel.PHONE, TicketType.COMPLAINT, "C0703", "HB",
                "海滨区某小区", Urgency.NORMAL, TestTickets.uniquePhone(), "赵先生", "邻居在楼顶违章加盖两层。", false, null));
        tickets.dispatch(registered.ticketNo(), new Dispatch("CGJ", List.of("ZJJ", "ZRZYJ"), null), dispatcher);
        return tickets.sign(registered.ticketNo(), cgj);
    }

    @Test
    void contributionDeadlineStartsWithTheLeadsSignatureInWorkingDays() {
        TicketView signed = withCoHandlersSigned();

        assertThat(signed.contributions()).extracting(Contribution::departmentCode).containsExactly("ZJJ", "ZRZYJ");
        Instant due = signed.contributions().get(0).dueAt();
        assertThat(due).isEqualTo(calendar.addWorkingDays(signed.signedAt(), 3)).isBefore(signed.handleDueAt());
        assertThat(calendar.isWorkingDay(due.atZone(CHINA).toLocalDate())).isTrue();
        assertThat(signed.contributions()).allSatisfy(c -> {
            assertThat(c.dueAt()).isEqualTo(due);
            assertThat(c.warned()).isFalse();
            assertThat(c.missed()).isFalse();
        });
    }

    @Test
    void contributionDeadlineIsNeverLaterThanTheLeadsHandleDeadline() {
        // Social insurance contributions (C0101) are handled within 2 working days of the dispatch
        TicketView registered = registered(TestTickets.socialInsuranceComplaint());
        tickets.dispatch(registered.ticketNo(), new Dispatch("SBZX", List.of("RSJ"), null), dispatcher);
        TicketView signed = tickets.sign(registered.ticketNo(), sbzx);

        assertThat(calendar.addWorkingDays(signed.signedAt(), 3)).isAfter(signed.handleDueAt());
        assertThat(signed.contributions()).singleElement()
                .satisfies(c -> assertThat(c.dueAt()).isEqualTo(signed.handleDueAt()));
    }

    @Test
    void aSilentCoHandlerIsWarnedThenMissedAndEscalatedAndTheLeadRepliesWithoutIt() {
        TicketView signed = withCoHandlersSigned();
        TicketNo no = signed.ticketNo();
        Instant due = signed.contributions().get(0).dueAt();
        tickets.sign(no, zjj);
        tickets.contribute(no, "住建局：已责令停工", zjj);
        assertThatThrownBy(() -> tickets.reply(no, "答复", cgj)).as("ZRZYJ has neither contributed nor missed")
                .isInstanceOf(InvalidTransitionException.class);

        // 80 %: only the co-handler still to contribute is warned
        assertThat(fireTimersDueBy(no, due.minusSeconds(60))).as("the contribution warning, not yet the deadline")
                .isEqualTo(1);
        TicketView warned = reload(no);
        assertThat(warned.contributions()).filteredOn(c -> c.departmentCode().equals("ZRZYJ")).singleElement()
                .satisfies(c -> assertThat(c.warned()).isTrue());
        assertThat(warned.contributions()).filteredOn(c -> c.departmentCode().equals("ZJJ")).singleElement()
                .satisfies(c -> assertThat(c.warned()).isFalse());
        assertThat(warned.warned()).as("the lead's own deadlines were not warned").isFalse();
        assertThat(events.stream(TicketWarned.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> {
                    assertThat(e.deadlineKind()).isEqualTo(DeadlineKind.CONTRIBUTION);
                    assertThat(e.departmentCode()).isEqualTo("ZRZYJ");
                    assertThat(e.dueAt()).isEqualTo(due);
                });

        // 100 %: missed, escalated against ZRZYJ, and the lead may reply
        fireTimersDueBy(no, due);
        TicketView missed = reload(no);
        assertThat(missed.contributions()).filteredOn(Contribution::missed).extracting(Contribution::departmentCode)
                .containsExactly("ZRZYJ");
        assertThat(missed.escalated()).as("the lead department is not escalated for a co-handler").isFalse();
        assertThat(missed.escalations()).singleElement().satisfies(chain -> {
            assertThat(chain.departmentCode()).isEqualTo("ZRZYJ");
            assertThat(chain.deadlineKind()).isEqualTo(DeadlineKind.CONTRIBUTION);
            assertThat(chain.currentLevel()).isEqualTo(1);
        });
        assertThat(events.stream(TicketDeadlineMissed.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> {
                    assertThat(e.deadlineKind()).isEqualTo(DeadlineKind.CONTRIBUTION);
                    assertThat(e.departmentCode()).isEqualTo("ZRZYJ");
                });
        assertThat(tickets.timeline(no, TestTickets.supervisor())).filteredOn(e -> e.role() == Actor.Role.SYSTEM)
                .extracting(TimelineEntry::action).containsSubsequence("warn", "deadline-missed");
        assertThat(tickets.find(no, cgj).orElseThrow().allowedActions()).contains("reply");
        assertThat(tickets.find(no, zrzyj).orElseThrow().allowedActions())
                .as("the missed co-handler owes its 督办 feedback and may still contribute late")
                .contains("escalation-feedback", "sign");

        TicketView replied = tickets.reply(no, "综合住建局意见答复如下", cgj);
        assertThat(replied.status()).isEqualTo(TicketStatus.REPLIED);

        // The co-handler answers its own 督办 after the reply
        TicketView answered = tickets.answerEscalation(no, "已补充协办意见", zrzyj);
        assertThat(answered.escalations()).singleElement()
                .satisfies(chain -> assertThat(chain.status()).isEqualTo(EscalationStatus.ANSWERED));
    }

    @Test
    void pausingForTheCitizenMovesTheContributionDeadlineByTheWorkingTimePaused() {
        TicketView signed = withCoHandlersSigned();
        TicketNo no = signed.ticketNo();
        Instant due = signed.contributions().get(0).dueAt();
        Instant pausedAt = signed.signedAt().plusSeconds(1);
        ClockUtil.setCurrentTime(Date.from(pausedAt));
        tickets.awaitCitizen(no, "请市民补充材料", cgj);
        Instant resumedAt = pausedAt.plus(Duration.ofDays(4));
        ClockUtil.setCurrentTime(Date.from(resumedAt));

        TicketView resumed = tickets.resumeFromCitizen(no, null, cgj);

        Instant shifted = calendar.addWorkingTime(due, calendar.workingTimeBetween(pausedAt, resumedAt));
        assertThat(resumed.contributions()).allSatisfy(c -> assertThat(c.dueAt()).isEqualTo(shifted));
        assertThat(fireTimersDueBy(no, due)).as("the old contribution deadline no longer fires").isZero();
        fireTimersDueBy(no, shifted.minusSeconds(60));
        fireTimersDueBy(no, shifted);
        assertThat(reload(no).contributions()).allSatisfy(c -> assertThat(c.missed()).isTrue());
    }

    @Test
    void reviewDeadlineWarnsTheDispatchersAndIsMissedWithoutBlockingTheReview() {
        TicketView signed = signed(TestTickets.socialInsuranceComplaint());
        TicketNo no = signed.ticketNo();
        TicketView replied = tickets.reply(no, "已处理", sbzx);
        assertThat(replied.review().dueAt()).isEqualTo(calendar.addWorkingDays(replied.repliedAt(), 1));

        fireTimersDueBy(no, replied.review().dueAt().minusSeconds(60));
        assertThat(reload(no).review().warned()).isTrue();
        assertThat(events.stream(TicketWarned.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> {
                    assertThat(e.deadlineKind()).isEqualTo(DeadlineKind.REVIEW);
                    assertThat(e.departmentCode()).isNull();
                });

        fireTimersDueBy(no, replied.review().dueAt());
        ClockUtil.setCurrentTime(Date.from(replied.review().dueAt().plusSeconds(60)));
        TicketView late = reload(no);
        assertThat(late.review().missed()).isTrue();
        assertThat(late.overdue()).isTrue();
        assertThat(late.escalations()).as("the center's own step is no 督办 against a department").isEmpty();
        assertThat(tickets.search(new TicketQuery(TicketStatus.REPLIED, null, true, 0, 100), dispatcher).items())
                .extracting(TicketView::ticketNo).contains(no);
        assertThat(events.stream(TicketDeadlineMissed.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> assertThat(e.deadlineKind()).isEqualTo(DeadlineKind.REVIEW));

        TicketView accepted = tickets.review(no, new ReviewDecision(true, null), dispatcher);
        assertThat(accepted.status()).isEqualTo(TicketStatus.FOLLOW_UP);
        assertThat(accepted.review().missed()).as("kept as history").isTrue();
    }

    @Test
    void acceptedReplyStartsTheFollowUpDeadlineWhichWarnsAndIsMissed() {
        TicketView signed = signed(TestTickets.socialInsuranceComplaint());
        TicketNo no = signed.ticketNo();
        tickets.reply(no, "已处理", sbzx);
        TicketView accepted = tickets.review(no, new ReviewDecision(true, null), dispatcher);
        Instant due = accepted.followUp().dueAt();
        assertThat(events.stream(TicketReachedFollowUp.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> {
                    assertThat(e.followUpDueAt()).isEqualTo(due);
                    assertThat(e.departmentCode()).isEqualTo("SBZX");
                    assertThat(due).isEqualTo(calendar.addWorkingDays(e.at(), 3));
                });

        fireTimersDueBy(no, due.minusSeconds(60));
        assertThat(reload(no).followUp().warned()).isTrue();
        fireTimersDueBy(no, due);
        TicketView missed = reload(no);
        assertThat(missed.followUp().missed()).isTrue();
        assertThat(missed.status()).isEqualTo(TicketStatus.FOLLOW_UP);
        assertThat(events.stream(TicketDeadlineMissed.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> assertThat(e.deadlineKind()).isEqualTo(DeadlineKind.FOLLOW_UP));
        assertThat(tickets.timeline(no, TestTickets.supervisor())).filteredOn(e -> e.role() == Actor.Role.SYSTEM)
                .extracting(TimelineEntry::note).contains("follow-up deadline " + due + " passed");

        TicketView closed = tickets.followUp(no, new FollowUp(5, null, Channel.PHONE), dispatcher);
        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
    }
}
