package org.hotline.workflow;

import java.util.List;

/**
 * Command: dispatch (派单) a ticket to a lead department (主办), optionally with co-handling departments (协办).
 *
 * @param departmentCode           lead department; {@code null} keeps the department proposed by routing
 * @param coHandlerDepartmentCodes co-handling departments, at most {@value Validation#MAX_CO_HANDLERS}, distinct from
 *                                 the lead; may be null or empty
 * @param note                     dispatcher's note, at most {@value Validation#SHORT_TEXT} characters; optional
 */
public record Dispatch(String departmentCode, List<String> coHandlerDepartmentCodes, String note) {

    public Dispatch {
        coHandlerDepartmentCodes = coHandlerDepartmentCodes == null ? List.of() : List.copyOf(coHandlerDepartmentCodes);
    }

    /** @throws InvalidTicketException when a code is malformed, the list too long, or the note oversize */
    public void validate() {
        Validation validation = new Validation().code("departmentCode", departmentCode, false)
                .text("note", note, false, Validation.SHORT_TEXT);
        if (coHandlerDepartmentCodes.size() > Validation.MAX_CO_HANDLERS) {
            validation.range("coHandlerDepartmentCodes", coHandlerDepartmentCodes.size(), 0,
                    Validation.MAX_CO_HANDLERS);
        }
        for (String code : coHandlerDepartmentCodes) {
            validation.code("coHandlerDepartmentCodes", code, true);
        }
        validation.throwIfInvalid();
    }
}
