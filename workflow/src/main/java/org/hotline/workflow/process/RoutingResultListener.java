package org.hotline.workflow.process;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * End listener of {@code Task_RouteTicket}: copies the routing decision's first matching rule into primitive
 * process variables ({@code routedDepartmentCode}, {@code routingSignMinutes}, {@code routingHandleDays},
 * {@code routingVersion}). The engine offers the raw result as the transient variable {@code decisionResult};
 * storing it as a map would need Java serialization, which the engine forbids. The copies are transient too: the
 * registering service reads them when the start returns and keeps them on the ticket row.
 */
@Component("routingResultListener")
class RoutingResultListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        DmnDecisionResult result = (DmnDecisionResult) execution.getVariable("decisionResult");
        Map<String, Object> first = result == null || result.isEmpty() ? Map.of()
                : result.getFirstResult().getEntryMap();
        execution.setVariable("routedDepartmentCode",
                Variables.stringValue((String) first.get("departmentCode"), true));
        execution.setVariable("routingSignMinutes", Variables.integerValue(integer(first.get("signMinutes")), true));
        execution.setVariable("routingHandleDays", Variables.integerValue(integer(first.get("handleDays")), true));
        execution.setVariable("routingVersion", Variables.integerValue(integer(first.get("routingVersion")), true));
    }

    private static Integer integer(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }
}
