package org.hotline.workflow;

import java.util.List;

/**
 * Command: dispatch (派单) a ticket to a lead department (主办), optionally with co-handling departments (协办).
 *
 * @param departmentCode           lead department; {@code null} keeps the department proposed by routing
 * @param coHandlerDepartmentCodes co-handling departments, at most 10, distinct from the lead; may be null or empty
 * @param note                     dispatcher's note, at most 1000 characters; optional
 */
public record Dispatch(String departmentCode, List<String> coHandlerDepartmentCodes, String note) {

    public Dispatch {
        coHandlerDepartmentCodes = coHandlerDepartmentCodes == null ? List.of() : List.copyOf(coHandlerDepartmentCodes);
    }

    /** @throws InvalidTicketException when a code is malformed, the list too long, or the note oversize */
    public void validate() {
        Validation validation = new Validation().code("departmentCode", departmentCode, false)
                .text("note", note, false, 1000);
        if (coHandlerDepartmentCodes.size() > 10) {
            validation.range("coHandlerDepartmentCodes", coHandlerDepartmentCodes.size(), 0, 10);
        }
        for (String code : coHandlerDepartmentCodes) {
            validation.code("coHandlerDepartmentCodes", code, true);
        }
        validation.throwIfInvalid();
    }
}
