package org.hotline.workflow.ticket;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
    private final RepositoryService repository;
    private volatile String definitionId;

    TicketProcess(RuntimeService runtime, TaskService tasks, RepositoryService repository) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
    }

    /** The routing outcome read back from the started process (see routing.RoutingDecisionTask). */
    record Started(String processInstanceId, String departmentCode, Integer signMinutes, Integer handleDays,
            Integer routingVersion) {
    }

    /**
     * Starts the ticket's process instance under its number (the business key). The instance reaches its first
     * wait state, dispatch, within this call: the routing decision has been evaluated when it returns.
     */
    Started start(TicketNo no, String categoryCode, String routingDistrictCode, String urgency) {
        // Routing inputs and outputs are transient: needed only while the start runs, the ticket row keeps them.
        VariableMap variables = Variables.createVariables()
                .putValueTyped("categoryCode", Variables.stringValue(categoryCode, true))
                .putValueTyped("districtCode", Variables.stringValue(routingDistrictCode, true))
                .putValueTyped("urgency", Variables.stringValue(urgency, true));
        ProcessInstanceWithVariables instance = runtime.createProcessInstanceById(definitionId())
                .businessKey(no.toString()).setVariables(variables).executeWithVariablesInReturn();
        VariableMap result = instance.getVariables();
        return new Started(instance.getId(), (String) result.get("routedDepartmentCode"),
                (Integer) result.get("routingSignMinutes"), (Integer) result.get("routingHandleDays"),
                (Integer) result.get("routingVersion"));
    }

    /**
     * The id of the latest {@code ticketLifecycle} version, looked up once: the process changes only with a release
     * of this application, which deploys it at startup. Starting by key would query the latest version every time.
     */
    private String definitionId() {
        String id = definitionId;
        if (id == null) {
            ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                    .latestVersion().singleResult();
            if (latest == null) {
                throw new IllegalStateException("process " + PROCESS_KEY + " is not deployed");
            }
            id = latest.getId();
            definitionId = id;
        }
        return id;
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

    void correlateAll(TicketRow ticket, String message, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message).processInstanceId(ticket.processInstanceId)
                .setVariables(variables).correlateAllWithResult();
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

    static Map<String, Object> contributionVariables(Instant warnAt, Instant dueAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("contributionWarnAt", iso(warnAt));
        variables.put("contributionDueAt", iso(dueAt));
        return variables;
    }

    static Map<String, Object> reviewVariables(Deadline review) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewWarnAt", iso(review.warnAt()));
        variables.put("reviewDueAt", iso(review.dueAt()));
        return variables;
    }

    static Map<String, Object> followUpVariables(Deadline followUp) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("followUpWarnAt", iso(followUp.warnAt()));
        variables.put("followUpDueAt", iso(followUp.dueAt()));
        return variables;
    }

    /**
     * The co-handling departments for the multi-instance {@code SubProcess_CoHandling}; an empty list skips it (a
     * send-back or reopening re-enters handling without co-handlers).
     */
    static Map<String, Object> coHandlerVariables(java.util.List<String> departmentCodes) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("coHandlerCodes", String.join(",", departmentCodes));
        // Read by instances still running on a version before the collection (loopCardinality ${coHandlerCount}).
        variables.put("coHandlerCount", departmentCodes.size());
        return variables;
    }

    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
