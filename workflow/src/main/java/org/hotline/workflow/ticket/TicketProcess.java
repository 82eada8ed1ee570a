package org.hotline.workflow.ticket;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.sla.Deadline;
import org.springframework.stereotype.Component;

/**
 * The ticket's side of the Camunda process {@code ticketLifecycle}: element ids, message names and variable names
 * live here and in the BPMN only. Every call joins the caller's Spring transaction.
 */
@Component
class TicketProcess {
    static final String PROCESS_KEY = "ticketLifecycle";
    static final String TASK_DISPATCH = "Task_Dispatch";
    static final String TASK_SIGN = "Task_DepartmentSigns";
    static final String TASK_HANDLE = "Task_DepartmentHandles";
    static final String TASK_CO_SIGN = "Task_CoHandlerSigns";
    static final String TASK_CO_CONTRIBUTE = "Task_CoHandlerContributes";
    static final String TASK_REVIEW = "Task_Review";
    static final String TASK_FOLLOW_UP = "Task_FollowUp";
    static final String MESSAGE_MERGED = "TicketMergedIntoMain";
    static final String MESSAGE_MAIN_CLOSED = "MainTicketClosed";
    static final String MESSAGE_ADMIN_CLOSE = "TicketClosedAdministratively";
    static final String MESSAGE_DEADLINE_MOVED = "HandleDeadlineMoved";
    static final String MESSAGE_PAUSED = "HandleClockPaused";
    static final String MESSAGE_RESUMED = "HandleClockResumed";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    TicketProcess(RuntimeService runtime, TaskService tasks, ProcessEngineConfigurationImpl engineConfiguration) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.engineConfiguration = engineConfiguration;
    }

    /** The routing outcome read back from the started process (see RoutingResultListener). */
    record Started(String processInstanceId, String departmentCode, Integer signMinutes, Integer handleDays,
            Integer routingVersion) {
    }

    Started start(String categoryCode, String routingDistrictCode, String urgency) {
        // Routing inputs and outputs are transient: needed only while the start runs, the ticket row keeps them.
        VariableMap variables = Variables.createVariables()
                .putValueTyped("categoryCode", Variables.stringValue(categoryCode, true))
                .putValueTyped("districtCode", Variables.stringValue(routingDistrictCode, true))
                .putValueTyped("urgency", Variables.stringValue(urgency, true));
        ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(PROCESS_KEY)
                .setVariables(variables).executeWithVariablesInReturn();
        VariableMap result = instance.getVariables();
        return new Started(instance.getId(), (String) result.get("routedDepartmentCode"),
                (Integer) result.get("routingSignMinutes"), (Integer) result.get("routingHandleDays"),
                (Integer) result.get("routingVersion"));
    }

    /**
     * Loads the started instance, then calls {@code allocate} and sets its result as the business key, all in one
     * engine command joining the current Spring transaction. The public API has no such call. The instance is read
     * before the allocation so that, when {@code allocate} takes the day's counter lock, only the engine's update of
     * the key (flushed when the command closes) runs between the lock and the commit.
     */
    TicketNo assignBusinessKey(String processInstanceId, Supplier<TicketNo> allocate) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
            TicketNo no = allocate.get();
            instance.setProcessBusinessKey(no.toString());
            return no;
        });
    }

    void complete(TicketRow ticket, String taskKey, String assignee, Map<String, Object> variables) {
        TaskQuery query = tasks.createTaskQuery().processInstanceId(ticket.processInstanceId)
                .taskDefinitionKey(taskKey);
        if (assignee != null) {
            query.taskAssignee(assignee);
        }
        Task task = query.singleResult();
        if (task == null) {
            throw new IllegalStateException("ticket " + ticket.ticketNo + " has no open " + taskKey);
        }
        tasks.complete(task.getId(), variables);
    }

    void correlate(TicketRow ticket, String message, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message).processInstanceId(ticket.processInstanceId)
                .setVariables(variables).correlateWithResult();
    }

    static Map<String, Object> signVariables(Deadline sign) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("signWarnAt", iso(sign.warnAt()));
        variables.put("signDueAt", iso(sign.dueAt()));
        return variables;
    }

    static Map<String, Object> handleVariables(Instant warnAt, Instant dueAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("handleWarnAt", iso(warnAt));
        variables.put("handleDueAt", iso(dueAt));
        return variables;
    }

    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
