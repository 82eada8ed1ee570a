package org.hotline.workflow.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hotline.workflow.ticket.TicketEscalations;
import org.springframework.stereotype.Component;

/**
 * Behind {@code Task_RaiseNextLevel} of {@code ticketEscalation}: issues the next 督办 level and sets
 * {@code feedbackDueAt}, which the re-entered {@code Task_DepartmentAnswers} arms as its {@code Timer_FeedbackDue}.
 */
@Component("escalationNextLevelDelegate")
class EscalationNextLevelDelegate implements JavaDelegate {
    private final TicketEscalations escalations;

    EscalationNextLevelDelegate(TicketEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long escalationId = ((Number) execution.getVariable("escalationId")).longValue();
        execution.setVariable("feedbackDueAt",
                escalations.raiseNextLevel(execution.getProcessBusinessKey(), escalationId));
    }
}
