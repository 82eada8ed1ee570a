package org.hotline.workflow;

/**
 * Command: the result of the follow-up (回访) with the citizen.
 *
 * @param satisfaction 1..5; 3 or more closes the ticket as satisfied, less reopens it once (then closes unsatisfied)
 * @param comment      citizen's comment, at most {@value Validation#SHORT_TEXT} characters; optional
 * @param via          channel of the follow-up (phone, sms, ...); required
 */
public record FollowUp(int satisfaction, String comment, Channel via) {

    /** @throws InvalidTicketException when the satisfaction is out of range, the comment oversize or via missing */
    public void validate() {
        new Validation().range("satisfaction", satisfaction, 1, 5).text("comment", comment, false, Validation.SHORT_TEXT)
                .required("via", via).throwIfInvalid();
    }
}
