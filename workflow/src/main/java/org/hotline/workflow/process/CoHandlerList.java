package org.hotline.workflow.process;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Turns the stored, readable {@code coHandlerCodes} ({@code "SBZX,ZJJ"}) into the collection {@code coHandlers} of
 * the multi-instance {@code SubProcess_CoHandling}, as a transient variable: read in the same transaction, never
 * stored (a stored list would need Java serialisation). Runs as the start listener of
 * {@code Gateway_AnyCoHandlers}. Stateless.
 */
public class CoHandlerList implements ExecutionListener {
    /** The stored variable: co-handling department codes, comma-separated, empty for none. */
    public static final String CODES = "coHandlerCodes";
    /** The multi-instance collection. */
    public static final String COLLECTION = "coHandlers";

    @Override
    public void notify(DelegateExecution execution) {
        Object codes = execution.getVariable(CODES);
        List<String> departments = codes == null || codes.toString().isBlank() ? List.of()
                : Arrays.stream(codes.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        execution.setVariable(COLLECTION, Variables.objectValue(departments, true).create());
    }
}
