package org.hotline.workflow;

/**
 * Command: the agent answered the citizen directly (一号答) and closes the ticket.
 *
 * @param answer    what the citizen was told, 1..{@value Validation#LONG_TEXT} characters
 * @param kbEntryId knowledge-base entry used, a {@link Code}; optional
 */
public record DirectAnswer(String answer, String kbEntryId) {

    /** @throws InvalidTicketException when the answer is blank/oversize or the entry id malformed */
    public void validate() {
        new Validation().text("answer", answer, true, Validation.LONG_TEXT).code("kbEntryId", kbEntryId, false).throwIfInvalid();
    }
}
