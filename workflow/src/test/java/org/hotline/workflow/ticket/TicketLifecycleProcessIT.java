package org.hotline.workflow.ticket;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.hotline.workflow.DeadlineKind;
import org.hotline.workflow.process.DeadlineAlarmDelegate;
import org.hotline.workflow.sla.Deadline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path and timer of {@code ticket-lifecycle.bpmn} on the engine alone (on the test MariaDB, no Spring): routing and
 * alarms are simple stand-ins, the commands are replaced by what {@code TicketProcess} does for them (complete the
 * step's task with its {@link ProcessOutcome}, correlate its message).
 */
@Deployment(resources = "bpmn/ticket-lifecycle.bpmn")
class TicketLifecycleProcessIT {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
        .configurationResource("ticket-process.camunda.cfg.xml").build();

    private static final String NO = "JH20261207000001";
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    private final TicketAlarms alarms = mock(TicketAlarms.class);

    @BeforeEach
    void standIns() {
        // camunda-bpm-assert keeps its engine per thread: bind this class's engine, not another process test's.
        BpmnAwareTests.init(engine.getProcessEngine());
        engine.setCurrentTime(Date.from(NOW));
        Mocks.register("routingDecisionTask", (JavaDelegate) execution -> {
            execution.setVariable("routedDepartmentCode", "GJJ");
            execution.setVariable("routingSignMinutes", 30);
            execution.setVariable("routingHandleDays", 5);
            execution.setVariable("routingVersion", 1);
        });
        Mocks.register("deadlineAlarmDelegate", new DeadlineAlarmDelegate(alarms));
    }

    @AfterEach
    void reset() {
        BpmnAwareTests.reset();
        Mocks.reset();
    }

    @Test
    void registeredTicketIsRoutedAndWaitsForTheDispatcher() {
        ProcessInstance ticket = register();

        assertThat(ticket).hasPassed("Task_RouteTicket").isWaitingAt(TicketProcess.TASK_DISPATCH)
            .variables().containsEntry("routedDepartmentCode", "GJJ");
    }

    @Test
    void fullPathFromDispatchToSatisfiedClose() {
        // Given a registered ticket
        ProcessInstance ticket = register();
        // When it is dispatched, signed, replied, accepted and followed up with satisfaction
        dispatch(ticket, "GJJ", "");
        assertThat(task(ticket)).hasDefinitionKey(TicketProcess.TASK_SIGN).isAssignedTo("GJJ");
        sign(ticket);
        assertThat(task(TicketProcess.TASK_HANDLE, ticket)).isAssignedTo("GJJ");
        reply(ticket);
        accept(ticket);
        outcome(ticket, TicketProcess.TASK_FOLLOW_UP, ProcessOutcome.SATISFIED);
        // Then the process ends closed and satisfied, without any alarm
        assertThat(ticket).isEnded().hasPassedInOrder(TicketProcess.TASK_DISPATCH, TicketProcess.TASK_SIGN,
            TicketProcess.TASK_HANDLE, TicketProcess.TASK_REVIEW, TicketProcess.TASK_FOLLOW_UP,
            "End_ClosedSatisfied");
        verify(alarms, never()).raise(any(), any(), anyBoolean(), any());
    }

    @Test
    void returnedTicketGoesBackToTheDispatcherAndIsDispatchedAgain() {
        ProcessInstance ticket = register();
        dispatch(ticket, "GJJ", "");

        outcome(ticket, TicketProcess.TASK_SIGN, ProcessOutcome.RETURNED);
        assertThat(ticket).isWaitingAt(TicketProcess.TASK_DISPATCH);

        dispatch(ticket, "SBZX", "");
        assertThat(task(ticket)).hasDefinitionKey(TicketProcess.TASK_SIGN).isAssignedTo("SBZX");
    }

    @Test
    void districtPassesTheTicketToAStreetOfficeWhoseReturnComesBackToTheDistrict() {
        ProcessInstance ticket = register();
        dispatch(ticket, "JC_GOV", "");

        Map<String, Object> street = signDeadline();
        street.put("departmentCode", "JC_01");
        outcome(ticket, TicketProcess.TASK_SIGN, ProcessOutcome.REDISPATCHED, street);

        assertThat(task(ticket)).hasDefinitionKey(TicketProcess.TASK_SIGN).isAssignedTo("JC_01");

        // The street office returns it: the district signs again
        Map<String, Object> district = signDeadline();
        district.put("departmentCode", "JC_GOV");
        outcome(ticket, TicketProcess.TASK_SIGN, ProcessOutcome.RETURNED_TO_DISTRICT, district);
        assertThat(task(ticket)).hasDefinitionKey(TicketProcess.TASK_SIGN).isAssignedTo("JC_GOV");
        assertThat(ticket).isNotWaitingAt(TicketProcess.TASK_DISPATCH);
    }

    @Test
    void directAnswerEndsTheProcessAtOnce() {
        ProcessInstance ticket = register();

        outcome(ticket, TicketProcess.TASK_DISPATCH, ProcessOutcome.DIRECT_ANSWER);

        assertThat(ticket).isEnded().hasPassed("End_DirectlyAnswered").hasNotPassed(TicketProcess.TASK_SIGN);
    }

    @Test
    void approvedExtensionReArmsTheHandleTimersOnTheNewDeadline() {
        ProcessInstance ticket = handling("");
        Instant movedDue = NOW.plus(12, ChronoUnit.DAYS);

        runtimeService().createMessageCorrelation(TicketProcess.MESSAGE_DEADLINE_MOVED)
            .processInstanceId(ticket.getId())
            .setVariables(TicketProcess.handleVariables(NOW.plus(10, ChronoUnit.DAYS), movedDue))
            .correlate();

        assertThat(ticket).isWaitingAt(TicketProcess.TASK_HANDLE, "Receive_HandleClockRunning");
        assertDue(ticket, "Timer_HandleEscalation", movedDue);
    }

    @Test
    void deniedExtensionLeavesTheClockAsItWas() {
        ProcessInstance ticket = handling("");
        Instant due = job("Timer_HandleEscalation", ticket).getDuedate().toInstant();

        // A denial changes only the ticket row: nothing is correlated.
        assertThat(ticket).isWaitingAt(TicketProcess.TASK_HANDLE, "Receive_HandleClockRunning");
        assertDue(ticket, "Timer_HandleEscalation", due);
    }

    @Test
    void awaitingTheCitizenStopsTheClockAndResumingRestartsItOnTheShiftedDeadline() {
        ProcessInstance ticket = handling("");

        correlate(ticket, TicketProcess.MESSAGE_PAUSED, Map.of());
        assertThat(ticket).isWaitingAt("Receive_HandleClockPaused");
        org.assertj.core.api.Assertions.assertThat(engine.getManagementService().createJobQuery()
            .processInstanceId(ticket.getId()).timers().count()).isZero();

        Instant shiftedDue = NOW.plus(9, ChronoUnit.DAYS);
        correlate(ticket, TicketProcess.MESSAGE_RESUMED,
            TicketProcess.handleVariables(NOW.plus(7, ChronoUnit.DAYS), shiftedDue));
        assertThat(ticket).isWaitingAt("Receive_HandleClockRunning");
        assertDue(ticket, "Timer_HandleEscalation", shiftedDue);
    }

    @Test
    void sentBackReplyReturnsToTheDepartment() {
        ProcessInstance ticket = handling("");
        reply(ticket);

        outcome(ticket, TicketProcess.TASK_REVIEW, ProcessOutcome.SENT_BACK);

        assertThat(ticket).isWaitingAt(TicketProcess.TASK_HANDLE, "Receive_HandleClockRunning");
        assertThat(task(TicketProcess.TASK_HANDLE, ticket)).isAssignedTo("GJJ");
    }

    @Test
    void dissatisfiedCitizenReopensOnceThenTheTicketClosesUnsatisfied() {
        ProcessInstance ticket = handling("");
        reply(ticket);
        accept(ticket);

        outcome(ticket, TicketProcess.TASK_FOLLOW_UP, ProcessOutcome.REOPENED, handleDeadline());
        assertThat(ticket).isWaitingAt(TicketProcess.TASK_HANDLE, "Receive_HandleClockRunning");

        reply(ticket);
        accept(ticket);
        outcome(ticket, TicketProcess.TASK_FOLLOW_UP, ProcessOutcome.UNSATISFIED);
        assertThat(ticket).isEnded().hasPassed("End_ClosedUnsatisfied").hasNotPassed("End_ClosedSatisfied");
    }

    @Test
    void mergedDuplicateWaitsForItsMainTicketAndClosesWithIt() {
        ProcessInstance duplicate = handling("");

        correlate(duplicate, TicketProcess.MESSAGE_MERGED, Map.of());
        assertThat(duplicate).isWaitingAt("Receive_MainTicketClosed").isNotWaitingAt(TicketProcess.TASK_HANDLE);

        correlate(duplicate, TicketProcess.MESSAGE_MAIN_CLOSED, Map.of());
        assertThat(duplicate).isEnded().hasPassed("End_ClosedWithMain");
    }

    @Test
    void administrativeCloseEndsAnOpenTicket() {
        ProcessInstance ticket = register();
        dispatch(ticket, "GJJ", "");

        correlate(ticket, TicketProcess.MESSAGE_ADMIN_CLOSE, Map.of());

        assertThat(ticket).isEnded().hasPassed("End_ClosedAdministratively");
    }

    @Test
    void everyCoHandlerSignsAndContributesBeforeTheLeadReplies() {
        // Given a ticket dispatched to GJJ with two co-handlers
        ProcessInstance ticket = handling("SBZX,ZJJ");
        // Then each co-handler has its own sign task
        List<Task> signs = taskQuery().processInstanceId(ticket.getId())
            .taskDefinitionKey(TicketProcess.TASK_CO_SIGN).list();
        org.assertj.core.api.Assertions.assertThat(signs).extracting(Task::getAssignee)
            .containsExactlyInAnyOrder("SBZX", "ZJJ");
        // When both sign and contribute
        for (String department : List.of("SBZX", "ZJJ")) {
            complete(coTask(ticket, TicketProcess.TASK_CO_SIGN, department));
            complete(coTask(ticket, TicketProcess.TASK_CO_CONTRIBUTE, department));
        }
        // Then co-handling is done and the lead's reply ends handling
        assertThat(ticket).hasPassed("End_CoHandlingDone").isWaitingAt(TicketProcess.TASK_HANDLE);
        reply(ticket);
        assertThat(ticket).isWaitingAt(TicketProcess.TASK_REVIEW);
    }

    @Test
    void signTimersWarnAt80PercentAndEscalateAtTheDeadline() {
        // Given a dispatched ticket whose sign clock runs
        ProcessInstance ticket = register();
        dispatch(ticket, "GJJ", "");
        Job warning = job("Timer_SignWarning", ticket);
        Job escalation = job("Timer_SignEscalation", ticket);
        org.assertj.core.api.Assertions.assertThat(warning.getDuedate()).isEqualTo(Date.from(signWarnAt()));
        // When the warning timer fires
        execute(warning);
        // Then a sign warning is raised, and the department still has to sign
        verify(alarms).raise(NO, DeadlineKind.SIGN, false, signDueAt());
        assertThat(ticket).isWaitingAt(TicketProcess.TASK_SIGN);
        // When the deadline passes
        execute(escalation);
        // Then the ticket is escalated, still waiting for its signature
        verify(alarms).raise(NO, DeadlineKind.SIGN, true, signDueAt());
        assertThat(ticket).isWaitingAt(TicketProcess.TASK_SIGN);
    }

    @Test
    void handleTimersWarnAt80PercentAndEscalateAtTheDeadlineOncePerDeadline() {
        // Given a signed ticket whose handle clock runs
        ProcessInstance ticket = handling("");
        // When both handle timers fire
        execute(job("Timer_HandleWarning", ticket));
        execute(job("Timer_HandleEscalation", ticket));
        // Then one warning and one escalation are raised for the handle deadline
        verify(alarms).raise(NO, DeadlineKind.HANDLE, false, handleDueAt());
        verify(alarms).raise(eq(NO), eq(DeadlineKind.HANDLE), eq(true), eq(handleDueAt()));
        // When a send-back re-arms the same deadline and its timers fire again
        reply(ticket);
        outcome(ticket, TicketProcess.TASK_REVIEW, ProcessOutcome.SENT_BACK);
        execute(job("Timer_HandleWarning", ticket));
        // Then nothing is raised a second time
        verify(alarms).raise(NO, DeadlineKind.HANDLE, false, handleDueAt());
    }

    @Test
    void contributionClockWarnsThenMissesAndTheLeadRepliesWithoutTheSilentCoHandler() {
        // Given a ticket with two co-handlers, one of whom signs and contributes
        ProcessInstance ticket = handling("SBZX,ZJJ");
        assertDue(ticket, "Timer_ContributionWarning", contributionWarnAt());
        assertDue(ticket, "Timer_ContributionMissed", contributionDueAt());
        complete(coTask(ticket, TicketProcess.TASK_CO_SIGN, "SBZX"));
        complete(coTask(ticket, TicketProcess.TASK_CO_CONTRIBUTE, "SBZX"));
        // When the warning fires
        execute(job("Timer_ContributionWarning", ticket));
        // Then the contribution warning is raised and the clock runs on
        verify(alarms).raise(NO, DeadlineKind.CONTRIBUTION, false, contributionDueAt());
        assertThat(ticket).isWaitingAt("Receive_ContributionClockRunning", TicketProcess.TASK_CO_SIGN);
        // When the deadline passes with ZJJ silent
        execute(job("Timer_ContributionMissed", ticket));
        // Then the miss is recorded, the clock stops, and ZJJ may still contribute late
        verify(alarms).raise(NO, DeadlineKind.CONTRIBUTION, true, contributionDueAt());
        assertThat(ticket).hasPassed("Task_RecordContributionsMissed", "End_ContributionClockStopped")
            .isNotWaitingAt("Receive_ContributionClockRunning").isWaitingAt(TicketProcess.TASK_CO_SIGN);
        // When the lead replies
        reply(ticket);
        // Then the reply goes to review and ZJJ's share is cut short
        assertThat(ticket).isWaitingAt(TicketProcess.TASK_REVIEW).isNotWaitingAt(TicketProcess.TASK_CO_SIGN);
        org.assertj.core.api.Assertions.assertThat(taskQuery().processInstanceId(ticket.getId())
            .taskDefinitionKey(TicketProcess.TASK_CO_SIGN).count()).isZero();
    }

    @Test
    void everyContributionInEndsTheContributionClock() {
        ProcessInstance ticket = handling("SBZX");

        complete(coTask(ticket, TicketProcess.TASK_CO_SIGN, "SBZX"));
        complete(coTask(ticket, TicketProcess.TASK_CO_CONTRIBUTE, "SBZX"));

        assertThat(ticket).hasPassed("End_AllContributed", "End_CoHandlingDone")
            .isNotWaitingAt("Receive_ContributionClockRunning");
        org.assertj.core.api.Assertions.assertThat(engine.getManagementService().createJobQuery()
            .processInstanceId(ticket.getId()).activityId("Timer_ContributionMissed").count()).isZero();
        verify(alarms, never()).raise(any(), eq(DeadlineKind.CONTRIBUTION), anyBoolean(), any());
    }

    @Test
    void awaitingTheCitizenPausesTheContributionClockWithTheHandleClock() {
        ProcessInstance ticket = handling("SBZX");

        runtimeService().createMessageCorrelation(TicketProcess.MESSAGE_PAUSED).processInstanceId(ticket.getId())
            .correlateAll();
        assertThat(ticket).isWaitingAt("Receive_HandleClockPaused", "Receive_ContributionClockPaused");
        org.assertj.core.api.Assertions.assertThat(engine.getManagementService().createJobQuery()
            .processInstanceId(ticket.getId()).timers().count()).isZero();

        Instant shiftedDue = contributionDueAt().plus(2, ChronoUnit.DAYS);
        Map<String, Object> resumed = TicketProcess.handleVariables(NOW.plus(6, ChronoUnit.DAYS),
            handleDueAt().plus(2, ChronoUnit.DAYS));
        resumed.putAll(TicketProcess.contributionVariables(contributionWarnAt().plus(2, ChronoUnit.DAYS),
            shiftedDue));
        runtimeService().createMessageCorrelation(TicketProcess.MESSAGE_RESUMED).processInstanceId(ticket.getId())
            .setVariables(resumed).correlateAll();
        assertThat(ticket).isWaitingAt("Receive_HandleClockRunning", "Receive_ContributionClockRunning");
        assertDue(ticket, "Timer_ContributionMissed", shiftedDue);
    }

    @Test
    void reviewTimersWarnTheDispatchersAndAlertAtTheDeadlineWhileTheReviewWaits() {
        ProcessInstance ticket = handling("");
        reply(ticket);
        assertDue(ticket, "Timer_ReviewWarning", reviewWarnAt());
        assertDue(ticket, "Timer_ReviewOverdue", reviewDueAt());

        execute(job("Timer_ReviewWarning", ticket));
        verify(alarms).raise(NO, DeadlineKind.REVIEW, false, reviewDueAt());
        execute(job("Timer_ReviewOverdue", ticket));
        verify(alarms).raise(NO, DeadlineKind.REVIEW, true, reviewDueAt());
        assertThat(ticket).isWaitingAt(TicketProcess.TASK_REVIEW);

        // The review, late, still moves the ticket on, and its clock goes with it
        accept(ticket);
        assertThat(ticket).isWaitingAt(TicketProcess.TASK_FOLLOW_UP);
        org.assertj.core.api.Assertions.assertThat(engine.getManagementService().createJobQuery()
            .processInstanceId(ticket.getId()).activityId("Timer_ReviewOverdue").count()).isZero();
    }

    @Test
    void followUpTimersWarnAndAlertAtTheDeadlineWhileTheFollowUpWaits() {
        ProcessInstance ticket = handling("");
        reply(ticket);
        accept(ticket);
        assertDue(ticket, "Timer_FollowUpWarning", followUpWarnAt());
        assertDue(ticket, "Timer_FollowUpOverdue", followUpDueAt());

        execute(job("Timer_FollowUpWarning", ticket));
        verify(alarms).raise(NO, DeadlineKind.FOLLOW_UP, false, followUpDueAt());
        execute(job("Timer_FollowUpOverdue", ticket));
        verify(alarms).raise(NO, DeadlineKind.FOLLOW_UP, true, followUpDueAt());
        assertThat(ticket).isWaitingAt(TicketProcess.TASK_FOLLOW_UP);

        outcome(ticket, TicketProcess.TASK_FOLLOW_UP, ProcessOutcome.SATISFIED);
        assertThat(ticket).isEnded().hasPassed("End_FollowUpWarned", "End_FollowUpOverdue", "End_ClosedSatisfied");
    }

    private ProcessInstance register() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("categoryCode", "C0401");
        variables.put("districtCode", "JC");
        variables.put("urgency", "normal");
        return runtimeService().startProcessInstanceByKey(TicketProcess.PROCESS_KEY, NO, variables);
    }

    private ProcessInstance handling(String coHandlers) {
        ProcessInstance ticket = register();
        dispatch(ticket, "GJJ", coHandlers);
        sign(ticket);
        return ticket;
    }

    private void dispatch(ProcessInstance ticket, String department, String coHandlers) {
        Map<String, Object> variables = signDeadline();
        variables.putAll(handleDeadline());
        variables.put("departmentCode", department);
        variables.putAll(TicketProcess.coHandlerVariables(coHandlers.isEmpty() ? List.of()
            : List.of(coHandlers.split(","))));
        outcome(ticket, TicketProcess.TASK_DISPATCH, ProcessOutcome.DISPATCHED, variables);
    }

    private void reply(ProcessInstance ticket) {
        Map<String, Object> variables = TicketProcess.coHandlerVariables(List.of());
        variables.putAll(TicketProcess.reviewVariables(new Deadline(NOW, reviewDueAt(), reviewWarnAt(), 1)));
        complete(task(TicketProcess.TASK_HANDLE, ticket), variables);
    }

    private void accept(ProcessInstance ticket) {
        outcome(ticket, TicketProcess.TASK_REVIEW, ProcessOutcome.ACCEPTED,
            TicketProcess.followUpVariables(new Deadline(NOW, followUpDueAt(), followUpWarnAt(), 3)));
    }

    private void sign(ProcessInstance ticket) {
        outcome(ticket, TicketProcess.TASK_SIGN, ProcessOutcome.SIGNED,
            TicketProcess.contributionVariables(contributionWarnAt(), contributionDueAt()));
    }

    private static void outcome(ProcessInstance ticket, String taskKey, ProcessOutcome outcome) {
        outcome(ticket, taskKey, outcome, Map.of());
    }

    private static void outcome(ProcessInstance ticket, String taskKey, ProcessOutcome outcome,
                                Map<String, Object> more) {
        Map<String, Object> variables = outcome.variables();
        variables.putAll(more);
        complete(task(taskKey, ticket), variables);
    }

    private static void correlate(ProcessInstance ticket, String message, Map<String, Object> variables) {
        runtimeService().createMessageCorrelation(message).processInstanceId(ticket.getId())
            .setVariables(variables).correlate();
    }

    private static Task coTask(ProcessInstance ticket, String taskKey, String department) {
        return taskQuery().processInstanceId(ticket.getId()).taskDefinitionKey(taskKey).taskAssignee(department)
            .singleResult();
    }

    private static void assertDue(ProcessInstance ticket, String timer, Instant due) {
        org.assertj.core.api.Assertions.assertThat(job(timer, ticket).getDuedate()).isEqualTo(Date.from(due));
    }

    private static Map<String, Object> signDeadline() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("signWarnAt", TicketProcess.iso(signWarnAt()));
        variables.put("signDueAt", TicketProcess.iso(signDueAt()));
        return variables;
    }

    private static Map<String, Object> handleDeadline() {
        return TicketProcess.handleVariables(NOW.plus(4, ChronoUnit.DAYS), handleDueAt());
    }

    private static Instant signWarnAt() {
        return NOW.plus(24, ChronoUnit.MINUTES);
    }

    private static Instant signDueAt() {
        return NOW.plus(30, ChronoUnit.MINUTES);
    }

    private static Instant handleDueAt() {
        return NOW.plus(5, ChronoUnit.DAYS);
    }

    private static Instant contributionWarnAt() {
        return NOW.plus(48, ChronoUnit.HOURS);
    }

    private static Instant contributionDueAt() {
        return NOW.plus(3, ChronoUnit.DAYS);
    }

    private static Instant reviewWarnAt() {
        return NOW.plus(19, ChronoUnit.HOURS);
    }

    private static Instant reviewDueAt() {
        return NOW.plus(1, ChronoUnit.DAYS);
    }

    private static Instant followUpWarnAt() {
        return NOW.plus(57, ChronoUnit.HOURS);
    }

    private static Instant followUpDueAt() {
        return NOW.plus(3, ChronoUnit.DAYS);
    }
}
