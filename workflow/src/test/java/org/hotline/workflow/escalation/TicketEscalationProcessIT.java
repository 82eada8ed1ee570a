package org.hotline.workflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path and timer of {@code ticket-escalation.bpmn} on the engine alone (on the test MariaDB, no Spring; the same
 * engine configuration as the lifecycle's process test, so one engine serves both in a JVM). The two
 * service tasks are stand-ins that do what {@code TicketEscalations} answers: whether a next level follows, and the
 * new window's end.
 */
@Deployment(resources = "bpmn/ticket-escalation.bpmn")
class TicketEscalationProcessIT {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
        .configurationResource("ticket-process.camunda.cfg.xml").build();

    private static final String NO = "JH20261207000001";
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final Instant FIRST_DUE = Instant.parse("2026-12-08T02:00:00Z");
    private static final Instant SECOND_DUE = Instant.parse("2026-12-10T02:00:00Z");

    private final List<String> calls = new ArrayList<>();
    private boolean nextLevelFollows = true;

    @BeforeEach
    void standIns() {
        // camunda-bpm-assert keeps its engine per thread: bind this class's engine, not another process test's.
        BpmnAwareTests.init(engine.getProcessEngine());
        engine.setCurrentTime(Date.from(NOW));
        Mocks.register("escalationFeedbackMissedDelegate", (JavaDelegate) execution -> {
            calls.add("missed");
            execution.setVariable(EscalationProcess.VAR_NEXT_LEVEL_EXISTS, nextLevelFollows);
        });
        Mocks.register("escalationNextLevelDelegate", (JavaDelegate) execution -> {
            calls.add("raised");
            execution.setVariable(EscalationProcess.VAR_FEEDBACK_DUE_AT, SECOND_DUE.toString());
        });
    }

    @AfterEach
    void reset() {
        BpmnAwareTests.reset();
        Mocks.reset();
    }

    @Test
    void theDepartmentAnswersWithinTheWindow() {
        // Given a chain whose first level is issued
        ProcessInstance chain = start();
        assertThat(chain).isWaitingAt(EscalationProcess.TASK_ANSWER);
        assertThat(task(chain)).isAssignedTo("GJJ");
        assertThat(job(chain).getDuedate()).isEqualTo(Date.from(FIRST_DUE));
        // When the department answers
        complete(task(chain));
        // Then the chain ends answered, and no timer remains
        assertThat(chain).isEnded().hasPassed("End_Answered").hasNotPassed("Task_RecordMissedFeedback");
        assertThat(calls).isEmpty();
    }

    @Test
    void aMissedWindowRaisesTheNextLevelAndWaitsAgain() {
        ProcessInstance chain = start();

        engine.setCurrentTime(Date.from(FIRST_DUE));
        execute(job(chain));

        assertThat(chain).hasPassedInOrder("Timer_FeedbackDue", "Task_RecordMissedFeedback", "Gateway_NextLevel",
            "Task_RaiseNextLevel").isWaitingAt(EscalationProcess.TASK_ANSWER);
        assertThat(job(chain).getDuedate()).isEqualTo(Date.from(SECOND_DUE));
        assertThat(calls).containsExactly("missed", "raised");
        complete(task(chain));
        assertThat(chain).isEnded().hasPassed("End_Answered");
    }

    @Test
    void aMissedWindowAtTheHighestLevelEndsOverdue() {
        ProcessInstance chain = start();
        nextLevelFollows = false;

        engine.setCurrentTime(Date.from(FIRST_DUE));
        execute(job(chain));

        assertThat(chain).isEnded().hasPassed("End_FeedbackOverdue").hasNotPassed("Task_RaiseNextLevel");
        assertThat(calls).containsExactly("missed");
    }

    @Test
    void aSupervisorRaisingTheChainRestartsTheWindow() {
        ProcessInstance chain = start();

        runtimeService().createMessageCorrelation(EscalationProcess.MESSAGE_RAISED_BY_HAND)
            .processInstanceId(chain.getId())
            .setVariable(EscalationProcess.VAR_FEEDBACK_DUE_AT, SECOND_DUE.toString()).correlate();

        assertThat(chain).hasPassed("Event_RaisedByHand").isWaitingAt(EscalationProcess.TASK_ANSWER);
        assertThat(job(chain).getDuedate()).isEqualTo(Date.from(SECOND_DUE));
        assertThat(calls).isEmpty();
    }

    @Test
    void closingTheTicketEndsTheChain() {
        ProcessInstance chain = start();

        runtimeService().createMessageCorrelation(EscalationProcess.MESSAGE_TICKET_ENDED)
            .processInstanceId(chain.getId()).correlate();

        assertThat(chain).isEnded().hasPassed("End_EndedWithTicket");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(chain.getId()).count()).isZero();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(EscalationProcess.PROCESS_KEY, NO, Map.of(
            EscalationProcess.VAR_ESCALATION_ID, 7L, EscalationProcess.VAR_DEPARTMENT, "GJJ",
            EscalationProcess.VAR_FEEDBACK_DUE_AT, FIRST_DUE.toString()));
    }
}
