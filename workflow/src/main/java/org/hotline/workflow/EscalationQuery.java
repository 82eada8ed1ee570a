package org.hotline.workflow;

/**
 * Which 督办 chains to list; null criteria do not filter. Newest first.
 *
 * @param status         {@link EscalationStatus#OPEN} (feedback window running), {@link EscalationStatus#OVERDUE}
 *                       (the current level's window passed unanswered), {@link EscalationStatus#ANSWERED} or
 *                       {@link EscalationStatus#ENDED}
 * @param departmentCode only this department's chains (forced to the actor's own for department actors)
 * @param page           0-based page
 * @param size           page size, 1..200
 */
public record EscalationQuery(EscalationStatus status, String departmentCode, int page, int size) {

    /** @throws InvalidTicketException when paging is out of range or the department code malformed */
    public void validate() {
        new Validation().range("page", page, 0, 1_000_000).range("size", size, 1, 200)
                .code("departmentCode", departmentCode, false).throwIfInvalid();
    }
}
