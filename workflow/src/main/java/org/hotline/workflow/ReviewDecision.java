package org.hotline.workflow;

/**
 * Command: the dispatcher reviews (审核) the department's reply.
 *
 * @param accepted true passes the ticket to follow-up; false sends it back to the department
 * @param note     required when sending back, at most {@value Validation#SHORT_TEXT} characters
 */
public record ReviewDecision(boolean accepted, String note) {

    /** @throws InvalidTicketException when a send-back has no note, or the note is oversize */
    public void validate() {
        new Validation().text("note", note, !accepted, Validation.SHORT_TEXT).throwIfInvalid();
    }
}
