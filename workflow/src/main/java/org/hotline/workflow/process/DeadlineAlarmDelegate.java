package org.hotline.workflow.process;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hotline.workflow.DeadlineKind;
import org.hotline.workflow.ticket.TicketAlarms;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Behind the alarm service tasks; each passes its deadline ({@code sign}, {@code handle}, {@code contribution},
 * {@code review}, {@code followUp}: also the prefix of its process variables {@code <deadline>DueAt}) and alarm
 * ({@code warning}, {@code escalation}: for contributions, review and follow-up the missed deadline) as the fields
 * {@code deadline} and {@code alarm}. Each alarm is raised once
 * per deadline value: the deadline it fired for is remembered in a process variable, so re-armed timers of an
 * unchanged deadline (e.g. after a send-back re-enters handling) stay silent while a moved deadline warns and
 * escalates again. A prototype: the engine injects the fields into the instance it resolves for each execution.
 */
@Component("deadlineAlarmDelegate")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class DeadlineAlarmDelegate implements JavaDelegate {
    private final TicketAlarms alarms;
    private Expression deadline;
    private Expression alarm;

    public DeadlineAlarmDelegate(TicketAlarms alarms) {
        this.alarms = alarms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String prefix = field(deadline, "deadline", execution);
        DeadlineKind kind = switch (prefix) {
            case "sign" -> DeadlineKind.SIGN;
            case "handle" -> DeadlineKind.HANDLE;
            case "contribution" -> DeadlineKind.CONTRIBUTION;
            case "review" -> DeadlineKind.REVIEW;
            case "followUp" -> DeadlineKind.FOLLOW_UP;
            default -> throw new IllegalStateException("unknown deadline " + prefix);
        };
        boolean escalation = switch (field(alarm, "alarm", execution)) {
            case "warning" -> false;
            case "escalation" -> true;
            default -> throw new IllegalStateException("alarm must be warning or escalation");
        };
        String dueAt = (String) execution.getVariable(prefix + "DueAt");
        String guard = prefix + (escalation ? "EscalatedFor" : "WarnedFor");
        if (dueAt == null || dueAt.equals(execution.getVariable(guard))) {
            return;
        }
        execution.setVariable(guard, dueAt);
        alarms.raise(execution.getProcessBusinessKey(), kind, escalation, Instant.parse(dueAt));
    }

    private static String field(Expression expression, String name, DelegateExecution execution) {
        if (expression == null) {
            throw new IllegalStateException(execution.getCurrentActivityId() + " lacks the field " + name);
        }
        return String.valueOf(expression.getValue(execution));
    }
}
