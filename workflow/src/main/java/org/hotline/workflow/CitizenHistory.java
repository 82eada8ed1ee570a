package org.hotline.workflow;

import java.util.List;

/**
 * A citizen's past tickets, found by phone number: what an agent's screen-pop shows when the citizen calls again.
 * Thread-safe.
 */
public interface CitizenHistory {

    /**
     * @param citizenPhone the number as the citizen gave it or the network presented it, 1..32 characters
     * @param limit        1..50
     * @param actor        who asks; a department actor sees only its department's tickets, every ticket is masked
     *                     for the actor as {@link TicketService#find} would
     * @return the number's most recent tickets, newest first; empty when there are none
     * @throws IllegalArgumentException when the number is blank or too long, or the limit is out of range
     */
    List<TicketView> recentTickets(String citizenPhone, int limit, Actor actor);
}
