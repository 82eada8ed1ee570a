package org.hotline.workflow.escalation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The chain's side of the Camunda process {@code ticketEscalation}: element ids, message and variable names live
 * here and in the BPMN only. Every call joins the caller's Spring transaction.
 */
@Component
class EscalationProcess {
    static final String PROCESS_KEY = "ticketEscalation";
    static final String TASK_ANSWER = "Task_DepartmentAnswers";
    static final String MESSAGE_RAISED_BY_HAND = "EscalationRaisedByHand";
    static final String MESSAGE_TICKET_ENDED = "EscalationEndedWithTicket";
    /** Variables: the chain's id (Long), the answering department, the current window's end (ISO-8601). */
    static final String VAR_ESCALATION_ID = "escalationId";
    static final String VAR_DEPARTMENT = "departmentCode";
    static final String VAR_FEEDBACK_DUE_AT = "feedbackDueAt";
    static final String VAR_NEXT_LEVEL_EXISTS = "nextLevelExists";

    private final RuntimeService runtime;
    private final TaskService tasks;

    EscalationProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** @return the started instance's id; it waits in {@code Task_DepartmentAnswers} with the window's timer */
    String start(EscalationRow chain) {
        return runtime.startProcessInstanceByKey(PROCESS_KEY, chain.ticketNo, Map.of(
                VAR_ESCALATION_ID, chain.id, VAR_DEPARTMENT, chain.departmentCode,
                VAR_FEEDBACK_DUE_AT, iso(chain.feedbackDueAt))).getId();
    }

    /** A supervisor raised the chain: the running window's timer is replaced by the new level's. */
    void raisedByHand(EscalationRow chain) {
        runtime.createMessageCorrelation(MESSAGE_RAISED_BY_HAND).processInstanceId(chain.processInstanceId)
                .setVariable(VAR_FEEDBACK_DUE_AT, iso(chain.feedbackDueAt)).correlateWithResult();
    }

    /** The department answered while a window was running: the instance ends. */
    void answered(EscalationRow chain) {
        Task task = tasks.createTaskQuery().processInstanceId(chain.processInstanceId).taskDefinitionKey(TASK_ANSWER)
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("chain " + chain.id + " has no open " + TASK_ANSWER);
        }
        tasks.complete(task.getId());
    }

    /** The ticket closed or was merged while a window was running: the instance ends. */
    void endedWithTicket(EscalationRow chain) {
        runtime.createMessageCorrelation(MESSAGE_TICKET_ENDED).processInstanceId(chain.processInstanceId)
                .correlateWithResult();
    }

    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
