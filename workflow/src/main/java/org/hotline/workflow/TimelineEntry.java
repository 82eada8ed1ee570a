package org.hotline.workflow;

import java.time.Instant;

/**
 * One entry of a ticket's audit trail, oldest first. Notes are masked for the reading actor like the content.
 *
 * @param at         when
 * @param actor      username ({@code system} for timers)
 * @param role       role the actor acted in
 * @param action     what happened, in the REST verbs' words plus {@code register}, {@code warn}, {@code
 *                   reveal-phone}, {@code reveal-content}, {@code close-with-main}
 * @param fromStatus status before (null for registration)
 * @param toStatus   status after
 * @param note       reason or note, may be null
 */
public record TimelineEntry(Instant at, String actor, Actor.Role role, String action, TicketStatus fromStatus,
        TicketStatus toStatus, String note) {
}
