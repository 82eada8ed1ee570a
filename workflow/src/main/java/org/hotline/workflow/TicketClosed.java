package org.hotline.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A ticket was closed. Tell every reporter the outcome: {@code citizenPhones} holds the phone of this ticket and of
 * every ticket merged into it (in clear, distinct, no nulls; do not log them). Each merged duplicate additionally
 * gets its own {@link MergedTicketClosed}.
 *
 * @param no            ticket number
 * @param closure       how it closed
 * @param categoryCode  category
 * @param districtCode  district or null
 * @param content       content in clear
 * @param citizenPhones phones of every reporter
 * @param at            when
 */
public record TicketClosed(TicketNo no, Closure closure, String categoryCode, String districtCode, String content,
        List<String> citizenPhones, Instant at) {
    public TicketClosed {
        citizenPhones = List.copyOf(citizenPhones);
    }
}
