package org.hotline.workflow;

import java.time.Instant;

/**
 * The citizen was followed up (回访). Published after the ticket has been closed or reopened accordingly.
 *
 * @param no           ticket number
 * @param satisfaction 1..5
 * @param resolved     whether the citizen says the problem is solved
 * @param via          channel of the follow-up
 * @param reopened     true when this follow-up reopened the ticket
 * @param at           when
 */
public record TicketFollowedUp(TicketNo no, int satisfaction, boolean resolved, Channel via, boolean reopened,
        Instant at) {
}
