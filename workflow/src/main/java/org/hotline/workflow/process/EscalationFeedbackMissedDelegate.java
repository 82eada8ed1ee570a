package org.hotline.workflow.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hotline.workflow.ticket.TicketEscalations;
import org.springframework.stereotype.Component;

/**
 * Behind {@code Task_RecordMissedFeedback} of {@code ticketEscalation}: the level's feedback window passed
 * unanswered. Sets {@code nextLevelExists} for {@code Gateway_NextLevel}.
 */
@Component("escalationFeedbackMissedDelegate")
class EscalationFeedbackMissedDelegate implements JavaDelegate {
    private final TicketEscalations escalations;

    EscalationFeedbackMissedDelegate(TicketEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long escalationId = ((Number) execution.getVariable("escalationId")).longValue();
        boolean next = escalations.feedbackMissed(execution.getProcessBusinessKey(), escalationId);
        execution.setVariable("nextLevelExists", next);
    }
}
