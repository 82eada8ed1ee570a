package org.hotline.workflow;

/**
 * Search criteria; null criteria do not filter. Results are newest first.
 *
 * @param status         only this status
 * @param departmentCode only tickets led by this department (forced to the actor's own for department actors)
 * @param overdue        only overdue (true) or only not overdue (false) tickets
 * @param page           0-based page
 * @param size           page size, 1..200
 */
public record TicketQuery(TicketStatus status, String departmentCode, Boolean overdue, int page, int size) {

    /** @throws InvalidTicketException when paging is out of range or the department code malformed */
    public void validate() {
        new Validation().range("page", page, 0, 1_000_000).range("size", size, 1, 200)
                .code("departmentCode", departmentCode, false).throwIfInvalid();
    }
}
