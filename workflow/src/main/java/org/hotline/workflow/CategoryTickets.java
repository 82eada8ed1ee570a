package org.hotline.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * The tickets of one category registered within a period, from the ticket figures' facts (an index range, no scan
 * of the ticket table): the drill-down of a hot category. Supervisors, administrators and dispatchers only.
 */
public interface CategoryTickets {

    /**
     * @return one page of ticket numbers, newest first, and the period's total
     * @throws InvalidTicketException      when the period or the paging is invalid
     * @throws ActionNotPermittedException for other roles
     */
    NumberPage find(String categoryCode, LocalDate from, LocalDate to, int page, int size, Actor actor);

    /**
     * @param ticketNos the page's ticket numbers
     * @param total     all matching tickets
     */
    record NumberPage(List<String> ticketNos, long total) {
        public NumberPage {
            ticketNos = List.copyOf(ticketNos);
        }
    }
}
