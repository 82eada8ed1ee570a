package org.hotline.workflow;

/**
 * Where a ticket stands in its lifecycle. JSON: the upper-case constant name.
 *
 * <ul>
 *   <li>{@link #REGISTERED}: waiting for the dispatcher (or the agent's direct answer).</li>
 *   <li>{@link #DISPATCHED}: waiting for the department to sign for it or return it.</li>
 *   <li>{@link #RETURNED}: returned by the department with a reason, waiting for re-dispatch.</li>
 *   <li>{@link #IN_PROGRESS}: signed, being handled (notes, contributions of co-handlers).</li>
 *   <li>{@link #AWAITING_CITIZEN}: handling paused while the citizen supplies materials; the clock stops.</li>
 *   <li>{@link #EXTENSION_REQUESTED}: the department asked for more working days; the dispatcher decides.</li>
 *   <li>{@link #REPLIED}: the lead department replied; waiting for the dispatcher's review.</li>
 *   <li>{@link #FOLLOW_UP}: reply accepted; waiting for the citizen's satisfaction.</li>
 *   <li>{@link #MERGED}: a duplicate waiting for its main ticket to close.</li>
 *   <li>{@link #CLOSED}: finished; see {@link Closure} for how.</li>
 * </ul>
 */
public enum TicketStatus {
    REGISTERED, DISPATCHED, RETURNED, IN_PROGRESS, AWAITING_CITIZEN, EXTENSION_REQUESTED, REPLIED, FOLLOW_UP, MERGED,
    CLOSED;

    /** @return true when no further lifecycle action (other than reading) is possible */
    public boolean isFinal() {
        return this == CLOSED;
    }

    /** @return true while the department holds the ticket after signing for it */
    public boolean isHandling() {
        return this == IN_PROGRESS || this == AWAITING_CITIZEN || this == EXTENSION_REQUESTED;
    }
}
