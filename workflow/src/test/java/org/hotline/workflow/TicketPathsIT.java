package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every path of the ticket lifecycle besides the plain one in {@link TicketLifecycleIT}. */
@RecordApplicationEvents
class TicketPathsIT extends WorkflowIntegrationTest {
    @Autowired
    ApplicationEvents events;

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    WorkingCalendar calendar;

    private final Actor dispatcher = TestTickets.dispatcher();

    @Test
    void agentAnswersDirectlyAndClosesTheTicket() {
        TicketView ticket = registered(TestTickets.socialInsuranceComplaint());

        TicketView closed = tickets.directAnswer(ticket.ticketNo(), new DirectAnswer("可在社保中心窗口办理", "QA0001"),
                TestTickets.agent());

        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.closure()).isEqualTo(Closure.DIRECT_ANSWER);
        assertThat(processCount(ticket.ticketNo())).isZero();
        assertThat(events.stream(TicketClosed.class).filter(e -> e.no().equals(ticket.ticketNo())))
                .singleElement().satisfies(e -> assertThat(e.citizenPhones()).hasSize(1));
    }

    @Test
    void returnsTicketToDispatcherWithReasonAndIsRedispatched() {
        TicketView ticket = dispatched(TestTickets.socialInsuranceComplaint());
        TicketNo no = ticket.ticketNo();

        TicketView returned = tickets.returnTicket(no, "不属于我单位职责", TestTickets.department("SBZX"));
        assertThat(returned.status()).isEqualTo(TicketStatus.RETURNED);
        assertThat(tickets.timeline(no, dispatcher)).last()
                .satisfies(e -> assertThat(e.note()).isEqualTo("不属于我单位职责"));

        TicketView redispatched = tickets.dispatch(no, new Dispatch("RSJ", List.of(), "改派人社局"), dispatcher);
        assertThat(redispatched.status()).isEqualTo(TicketStatus.DISPATCHED);
        assertThat(redispatched.departmentCode()).isEqualTo("RSJ");
        assertThat(tickets.sign(no, TestTickets.department("RSJ")).status()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void approvedExtensionMovesTheHandleDeadlineByWorkingDays() {
        TicketView ticket = signed(TestTickets.socialInsuranceComplaint());
        Actor sbzx = TestTickets.department("SBZX");

        TicketView requested = tickets.requestExtension(ticket.ticketNo(), new ExtensionRequest(3, "需现场核查"), sbzx);
        assertThat(requested.status()).isEqualTo(TicketStatus.EXTENSION_REQUESTED);
        TicketView approved = tickets.approveExtension(ticket.ticketNo(), "同意", dispatcher);

        assertThat(approved.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(Duration.between(ticket.handleDueAt(), approved.handleDueAt())).isGreaterThanOrEqualTo(
                Duration.ofDays(3));
        assertThat(handleTimerDue(ticket.ticketNo())).isEqualTo(approved.handleDueAt());
    }

    @Test
    void deniedExtensionKeepsTheDeadline() {
        TicketView ticket = signed(TestTickets.socialInsuranceComplaint());
        tickets.requestExtension(ticket.ticketNo(), new ExtensionRequest(5, "材料多"), TestTickets.department("SBZX"));

        TicketView denied = tickets.denyExtension(ticket.ticketNo(), "时限内可办结", dispatcher);

        assertThat(denied.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(denied.handleDueAt()).isEqualTo(ticket.handleDueAt());
    }

    @Test
    void awaitingTheCitizenStopsTheClockAndMovesTheDeadlineByThePausedWorkingTime() {
        // Tuesday before the National Day week (1-7 Oct are holidays in the sample calendar).
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 9, 29, 10, 0, 0, 0, SHANGHAI).toInstant()));
        TicketView ticket = signed(TestTickets.socialInsuranceComplaint());
        Actor sbzx = TestTickets.department("SBZX");
        TicketNo no = ticket.ticketNo();

        TicketView paused = tickets.awaitCitizen(no, "请市民补充劳动合同", sbzx);
        assertThat(paused.status()).isEqualTo(TicketStatus.AWAITING_CITIZEN);
        assertThat(paused.paused()).isTrue();
        assertThat(management.createJobQuery().processInstanceId(processId(no)).timers().count())
                .as("no deadline timers while paused").isZero();

        // Resumed a day later: 24 working hours paused, counted again on working days only.
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 9, 30, 10, 0, 0, 0, SHANGHAI).toInstant()));
        TicketView resumed = tickets.resumeFromCitizen(no, "材料已收到", sbzx);

        assertThat(resumed.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(resumed.paused()).isFalse();
        assertThat(calendar.workingTimeBetween(ticket.handleDueAt(), resumed.handleDueAt()))
                .isEqualTo(Duration.ofHours(24));
        assertThat(calendar.isWorkingDay(resumed.handleDueAt().atZone(SHANGHAI).toLocalDate()))
                .as("the moved deadline falls on a working day").isTrue();
        assertThat(handleTimerDue(no)).isEqualTo(resumed.handleDueAt());
        assertThat(tickets.timeline(no, dispatcher)).extracting(TimelineEntry::action)
                .endsWith("await-citizen", "resume");
    }

    @Test
    void reviewSendsTheReplyBackToTheDepartment() {
        TicketView ticket = signed(TestTickets.socialInsuranceComplaint());
        Actor sbzx = TestTickets.department("SBZX");
        tickets.reply(ticket.ticketNo(), "已处理", sbzx);

        TicketView sentBack = tickets.review(ticket.ticketNo(), new ReviewDecision(false, "答复过于简单"), dispatcher);

        assertThat(sentBack.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(tickets.reply(ticket.ticketNo(), "已约谈企业并补缴", sbzx).status()).isEqualTo(TicketStatus.REPLIED);
    }

    @Test
    void dissatisfactionReopensOnceThenClosesUnsatisfied() {
        TicketView ticket = signed(TestTickets.socialInsuranceComplaint());
        TicketNo no = ticket.ticketNo();
        Actor sbzx = TestTickets.department("SBZX");
        tickets.reply(no, "已处理", sbzx);
        tickets.review(no, new ReviewDecision(true, null), dispatcher);

        TicketView reopened = tickets.followUp(no, new FollowUp(2, "没解决", Channel.PHONE), dispatcher);
        assertThat(reopened.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(reopened.reopenCount()).isEqualTo(1);

        tickets.reply(no, "再次处理", sbzx);
        tickets.review(no, new ReviewDecision(true, null), dispatcher);
        TicketView closed = tickets.followUp(no, new FollowUp(1, "还是不满意", Channel.SMS), dispatcher);

        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.closure()).isEqualTo(Closure.UNSATISFIED);
        assertThat(processCount(no)).isZero();
    }

    @Test
    void mergedDuplicateClosesWithItsMainAndEveryReporterIsTold() {
        TicketView main = signed(TestTickets.socialInsuranceComplaint());
        TicketView duplicate = registered(TestTickets.socialInsuranceComplaint());
        TicketView dispatchedDuplicate = dispatched(TestTickets.socialInsuranceComplaint());

        assertThat(tickets.merge(duplicate.ticketNo(), main.ticketNo(), dispatcher).status())
                .isEqualTo(TicketStatus.MERGED);
        tickets.merge(dispatchedDuplicate.ticketNo(), main.ticketNo(), dispatcher);
        assertThat(reload(duplicate.ticketNo()).mainTicketNo()).isEqualTo(main.ticketNo());

        tickets.close(main.ticketNo(), "已统一处理", dispatcher);

        for (TicketView dup : List.of(duplicate, dispatchedDuplicate)) {
            TicketView closed = reload(dup.ticketNo());
            assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
            assertThat(closed.closure()).isEqualTo(Closure.MERGED);
            assertThat(processCount(dup.ticketNo())).isZero();
        }
        assertThat(events.stream(TicketClosed.class).filter(e -> e.no().equals(main.ticketNo()))).singleElement()
                .satisfies(e -> assertThat(e.citizenPhones()).containsExactlyInAnyOrder(
                        reload(main.ticketNo()).citizenPhone(),
                        duplicate.citizenPhone(), dispatchedDuplicate.citizenPhone()));
        assertThat(events.stream(MergedTicketClosed.class).filter(e -> e.mainNo().equals(main.ticketNo())))
                .hasSize(2);
        assertThat(events.stream(TicketMerged.class).filter(e -> e.mainNo().equals(main.ticketNo()))).hasSize(2);
    }

    @Test
    void districtGovernmentPassesTheTicketToOneOfItsStreetOffices() {
        TicketView ticket = dispatched(TestTickets.streetVendingInJiangcheng());
        assertThat(ticket.departmentCode()).isEqualTo("JC_GOV");
        Actor district = TestTickets.department("JC_GOV");

        assertThatThrownBy(() -> tickets.redispatch(ticket.ticketNo(), "HB01_JD", null, district))
                .isInstanceOf(InvalidTicketException.class);
        TicketView passed = tickets.redispatch(ticket.ticketNo(), "JC01_JD", "请江南街道办理", district);

        assertThat(passed.status()).isEqualTo(TicketStatus.DISPATCHED);
        assertThat(passed.departmentCode()).isEqualTo("JC01_JD");
        assertThat(tickets.find(ticket.ticketNo(), district)).as("the district still follows it").isPresent();
        assertThat(tickets.sign(ticket.ticketNo(), TestTickets.department("JC01_JD")).status())
                .isEqualTo(TicketStatus.IN_PROGRESS);
        assertThatThrownBy(() -> tickets.redispatch(dispatched(TestTickets.socialInsuranceComplaint()).ticketNo(),
                "JC01_JD", null, TestTickets.department("SBZX"))).isInstanceOf(ActionNotPermittedException.class);
    }

    @Test
    void aStreetOfficesReturnGoesBackToTheDistrictThatPassedIt() {
        TicketView ticket = dispatched(TestTickets.streetVendingInJiangcheng());
        Actor district = TestTickets.department("JC_GOV");
        tickets.redispatch(ticket.ticketNo(), "JC01_JD", "请江南街道办理", district);

        TicketView returned = tickets.returnTicket(ticket.ticketNo(), "不在本街道辖区", TestTickets.department("JC01_JD"));

        assertThat(returned.status()).isEqualTo(TicketStatus.DISPATCHED);
        assertThat(returned.departmentCode()).isEqualTo("JC_GOV");
        assertThat(tickets.find(ticket.ticketNo(), TestTickets.department("JC01_JD"))).as("the street lets go")
                .isEmpty();
        assertThat(tickets.timeline(ticket.ticketNo(), dispatcher)).last()
                .satisfies(e -> assertThat(e.note()).isEqualTo("back to JC_GOV; 不在本街道辖区"));
        assertThat(events.stream(TicketDispatched.class).filter(e -> e.no().equals(ticket.ticketNo())))
                .extracting(TicketDispatched::departmentCode).endsWith("JC_GOV");
        // The district signs it again (its process task), or passes it on once more.
        TicketView passedAgain = tickets.redispatch(ticket.ticketNo(), "JC03_JD", null, district);
        assertThat(passedAgain.departmentCode()).isEqualTo("JC03_JD");
        assertThat(tickets.sign(ticket.ticketNo(), TestTickets.department("JC03_JD")).status())
                .isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void coHandlersSignAndContributeInParallelAndTheLeadRepliesForAll() {
        TicketView registered = registered(TestTickets.socialInsuranceComplaint());
        TicketNo no = registered.ticketNo();
        tickets.dispatch(no, new Dispatch("SBZX", List.of("RSJ", "SCJGJ"), "联合办理"), dispatcher);
        Actor lead = TestTickets.department("SBZX");
        Actor rsj = TestTickets.department("RSJ");
        Actor scjgj = TestTickets.department("SCJGJ");

        assertThatThrownBy(() -> tickets.sign(no, rsj)).as("co-handlers sign after the lead")
                .isInstanceOf(InvalidTransitionException.class);
        tickets.sign(no, lead);
        tickets.sign(no, rsj);
        tickets.sign(no, scjgj);
        tickets.contribute(no, "人社局：已立案调查", rsj);
        assertThatThrownBy(() -> tickets.reply(no, "答复", lead)).isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> tickets.reply(no, "答复", rsj)).isInstanceOf(ActionNotPermittedException.class);
        tickets.contribute(no, "市场监管局：无相关问题", scjgj);

        TicketView replied = tickets.reply(no, "综合各单位意见答复如下", lead);

        assertThat(replied.status()).isEqualTo(TicketStatus.REPLIED);
        assertThat(replied.coHandlerDepartmentCodes()).containsExactly("RSJ", "SCJGJ");
        assertThat(taskService().createTaskQuery().processInstanceId(processId(no)).singleResult()
                .getTaskDefinitionKey()).isEqualTo("Task_Review");
    }

    @Test
    void supervisorEscalatesByHand() {
        TicketView ticket = dispatched(TestTickets.socialInsuranceComplaint());

        TicketView escalated = tickets.escalate(ticket.ticketNo(), "群众反映强烈", TestTickets.supervisor());

        assertThat(escalated.escalated()).isTrue();
        assertThat(escalated.escalationCount()).isEqualTo(1);
        assertThat(events.stream(TicketEscalated.class).filter(e -> e.no().equals(ticket.ticketNo())))
                .singleElement().satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(EscalationReason.MANUAL);
                    assertThat(e.escalatedBy()).isEqualTo("supervisor1");
                });
    }

    @Test
    void invalidTransitionChangesNothing() {
        TicketView ticket = registered(TestTickets.socialInsuranceComplaint());
        int trail = tickets.timeline(ticket.ticketNo(), dispatcher).size();

        assertThatThrownBy(() -> tickets.review(ticket.ticketNo(), new ReviewDecision(true, null), dispatcher))
                .isInstanceOfSatisfying(InvalidTransitionException.class,
                        e -> assertThat(e.status()).isEqualTo(TicketStatus.REGISTERED));
        tickets.directAnswer(ticket.ticketNo(), new DirectAnswer("已答复", null), TestTickets.agent());
        assertThatThrownBy(() -> tickets.close(ticket.ticketNo(), "重复关闭", dispatcher))
                .isInstanceOf(InvalidTransitionException.class);

        assertThat(reload(ticket.ticketNo()).closure()).isEqualTo(Closure.DIRECT_ANSWER);
        assertThat(tickets.timeline(ticket.ticketNo(), dispatcher)).hasSize(trail + 1);
    }

    @Test
    void administrativeCloseEndsTheProcessFromAnyOpenStep() {
        TicketView ticket = signed(TestTickets.socialInsuranceComplaint());

        TicketView closed = tickets.close(ticket.ticketNo(), "市民撤诉", dispatcher);

        assertThat(closed.closure()).isEqualTo(Closure.ADMINISTRATIVE);
        assertThat(processCount(ticket.ticketNo())).isZero();
    }

    @Test
    void registrationValidatesReferences() {
        RegisterTicket unknownCategory = new RegisterTicket(Channel.WEB, TicketType.HELP, "C9999", null, null,
                Urgency.NORMAL, null, null, "内容", false, null);
        assertThatThrownBy(() -> registered(unknownCategory)).isInstanceOf(UnknownReferenceException.class);
        RegisterTicket topLevelCategory = new RegisterTicket(Channel.WEB, TicketType.HELP, "C01", null, null,
                Urgency.NORMAL, null, null, "内容", false, null);
        assertThatThrownBy(() -> registered(topLevelCategory)).isInstanceOf(UnknownReferenceException.class);
        RegisterTicket unknownDistrict = new RegisterTicket(Channel.WEB, TicketType.HELP, "C0101", "ZZ", null,
                Urgency.NORMAL, null, null, "内容", false, null);
        assertThatThrownBy(() -> registered(unknownDistrict)).isInstanceOf(UnknownReferenceException.class);
        assertThatThrownBy(() -> tickets.dispatch(registered(TestTickets.socialInsuranceComplaint()).ticketNo(),
                new Dispatch("NOPE", List.of(), null), dispatcher)).isInstanceOf(UnknownReferenceException.class);
    }

    private long processCount(TicketNo no) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(no.toString()).count();
    }

    private String processId(TicketNo no) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(no.toString()).singleResult().getId();
    }

    private Instant handleTimerDue(TicketNo no) {
        return management.createJobQuery().processInstanceId(processId(no)).timers().list().stream()
                .map(job -> job.getDuedate().toInstant()).max(Instant::compareTo).orElseThrow();
    }

    private org.camunda.bpm.engine.TaskService taskService() {
        return taskService;
    }

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;
}
