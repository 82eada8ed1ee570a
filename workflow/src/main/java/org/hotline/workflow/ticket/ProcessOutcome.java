package org.hotline.workflow.ticket;

import java.util.HashMap;
import java.util.Map;

/**
 * The outcome a command gives the user task it completes, carrying the word the BPMN's gateways test
 * ({@code ${outcome == 'signed'}}). The process variable is {@value #VARIABLE}.
 */
enum ProcessOutcome {
    /** Task_Dispatch → End_DirectlyAnswered */
    DIRECT_ANSWER("directAnswer"),
    /** Task_Dispatch → Task_DepartmentSigns */
    DISPATCHED("dispatch"),
    /** Task_DepartmentSigns → SubProcess_Handling */
    SIGNED("signed"),
    /** Task_DepartmentSigns → Task_Dispatch */
    RETURNED("returned"),
    /** Task_DepartmentSigns → Task_DepartmentSigns (a district passes the ticket to a street office) */
    REDISPATCHED("redispatched"),
    /** Task_DepartmentSigns → Task_DepartmentSigns (a street office returns it to the district that passed it) */
    RETURNED_TO_DISTRICT("returnedToDistrict"),
    /** Task_Review → Task_FollowUp */
    ACCEPTED("accepted"),
    /** Task_Review → SubProcess_Handling */
    SENT_BACK("sentBack"),
    /** Task_FollowUp → End_ClosedSatisfied */
    SATISFIED("satisfied"),
    /** Task_FollowUp → SubProcess_Handling */
    REOPENED("reopened"),
    /** Task_FollowUp → End_ClosedUnsatisfied */
    UNSATISFIED("unsatisfied");

    /** The process variable the gateways read. */
    static final String VARIABLE = "outcome";

    private final String word;

    ProcessOutcome(String word) {
        this.word = word;
    }

    /** @return the word the BPMN compares {@value #VARIABLE} with */
    String word() {
        return word;
    }

    /** @return a new mutable map holding this outcome, for further variables */
    Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VARIABLE, word);
        return variables;
    }
}
