package org.hotline.workflow.process;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hotline.workflow.DeadlineKind;
import org.hotline.workflow.ticket.TicketAlarms;
import org.springframework.stereotype.Component;

/**
 * Behind the four alarm service tasks ({@code Task_RaiseSignWarning}, {@code Task_RaiseSignEscalation},
 * {@code Task_RaiseHandleWarning}, {@code Task_RaiseHandleEscalation}). Each alarm is raised once per deadline value:
 * the deadline it fired for is remembered in a process variable, so re-armed timers of an unchanged deadline (e.g.
 * after a send-back re-enters handling) stay silent while a moved deadline warns and escalates again.
 */
@Component("deadlineAlarmDelegate")
class DeadlineAlarmDelegate implements JavaDelegate {
    private final TicketAlarms alarms;

    DeadlineAlarmDelegate(TicketAlarms alarms) {
        this.alarms = alarms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String activity = execution.getCurrentActivityId();
        DeadlineKind kind = activity.contains("Sign") ? DeadlineKind.SIGN : DeadlineKind.HANDLE;
        boolean escalation = activity.contains("Escalation");
        String prefix = kind == DeadlineKind.SIGN ? "sign" : "handle";
        String dueAt = (String) execution.getVariable(prefix + "DueAt");
        String guard = prefix + (escalation ? "EscalatedFor" : "WarnedFor");
        if (dueAt == null || dueAt.equals(execution.getVariable(guard))) {
            return;
        }
        execution.setVariable(guard, dueAt);
        alarms.raise(execution.getProcessBusinessKey(), kind, escalation, Instant.parse(dueAt));
    }
}
