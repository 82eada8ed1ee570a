package org.hotline.workflow;

import java.time.Instant;

/**
 * The dispatcher accepted the lead department's reply: the ticket now waits for its follow-up (回访) with the
 * citizen, due by {@code followUpDueAt} ({@code hotline.sla.follow-up-working-days}). Published in the review's
 * transaction, so a listener that sends something (an SMS survey, a push) should listen after commit. Every way into
 * the follow-up step publishes it (today only an accepted review); a reopened ticket publishes it again when its
 * next reply is accepted.
 *
 * @param no             ticket number
 * @param departmentCode the lead department whose reply was accepted
 * @param channel        the channel the ticket came in by
 * @param citizenPhone   the reporter's phone in clear, or null (none given); never to be shown unmasked
 * @param confidential   the reporter asked for confidentiality (no notices to the citizen)
 * @param followUpDueAt  when the follow-up is due (working days, never on a holiday)
 * @param at             when the reply was accepted
 */
public record TicketReachedFollowUp(TicketNo no, String departmentCode, Channel channel, String citizenPhone,
        boolean confidential, Instant followUpDueAt, Instant at) {
}
