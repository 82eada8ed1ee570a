package org.hotline.workflow;

import java.time.Instant;

/**
 * The deadline of one of the center's own steps (the dispatcher's review of a reply, the follow-up with the
 * citizen): in working days, warned to the dispatchers at 80 %, the supervisors alerted when missed.
 *
 * @param dueAt  the deadline
 * @param warned the 80 % warning was raised
 * @param missed the deadline passed before the step was taken
 */
public record StepDeadline(Instant dueAt, boolean warned, boolean missed) {
}
