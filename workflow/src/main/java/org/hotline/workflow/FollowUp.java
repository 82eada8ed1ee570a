package org.hotline.workflow;

/**
 * Command: the result of the follow-up (回访) with the citizen.
 *
 * @param satisfaction 1..5; 3 or more closes the ticket as satisfied, less reopens it once (then closes unsatisfied)
 * @param comment      citizen's comment, at most {@value Validation#SHORT_TEXT} characters; optional
 * @param via          channel of the follow-up (phone, sms, ...); required
 * @param resolved     whether the citizen says the problem is solved (解决); null means "as the score says"
 *                     ({@link #SATISFIED_FROM} or more)
 */
public record FollowUp(int satisfaction, String comment, Channel via, Boolean resolved) {
    /** The lowest score that counts as satisfied (满意), and as resolved unless the citizen says otherwise. */
    public static final int SATISFIED_FROM = 3;

    /** A follow-up whose resolution follows from the score. */
    public FollowUp(int satisfaction, String comment, Channel via) {
        this(satisfaction, comment, via, null);
    }

    /** @return whether the problem is solved: as the citizen said, else whether the score is satisfied */
    public boolean isResolved() {
        return resolved != null ? resolved : satisfaction >= SATISFIED_FROM;
    }

    /** @throws InvalidTicketException when the satisfaction is out of range, the comment oversize or via missing */
    public void validate() {
        new Validation().range("satisfaction", satisfaction, 1, 5)
                .text("comment", comment, false, Validation.SHORT_TEXT).required("via", via).throwIfInvalid();
    }
}
