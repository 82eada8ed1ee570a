package org.hotline.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content terms of the tickets' masked text copies, counted per day as each copy arrives (the knowledge base's
 * Chinese word analyzer; stop-words, single characters and numbers left out; at most
 * {@value #MAX_TERMS_PER_TICKET} terms per ticket, its most frequent first). A period's counts are sums of day and
 * month rows of the candidate terms, never a scan of the tickets. Thread-safe.
 */
public interface TicketTerms {
    /** The most terms one ticket contributes. */
    int MAX_TERMS_PER_TICKET = 8;
    /** The longest term kept, in characters. */
    int MAX_TERM_LENGTH = 32;

    /**
     * Counts a ticket's terms on the day of {@code at} (China time). Idempotent: a ticket counts once per term,
     * however often its copy arrives.
     *
     * @param ticketNo the ticket
     * @param text     its masked text (never a confidential report's)
     * @param at       its registration time
     */
    void record(String ticketNo, String text, Instant at);

    /** @return the terms this text would be counted under, most frequent first (at most {@value #MAX_TERMS_PER_TICKET}) */
    List<String> termsOf(String text);

    /**
     * The terms worth ranking in a period: the {@value #CANDIDATES_PER_ROW} most frequent of each day, or of each
     * whole month, within it, at most {@value #MAX_CANDIDATES} (those with the most tickets in these lists). A term
     * outside all of these lists is less frequent than they are in every part of the period.
     */
    Set<String> candidates(LocalDate from, LocalDate to);

    /** How many of each day's or month's most frequent terms {@link #candidates} takes. */
    int CANDIDATES_PER_ROW = 100;
    /** The most candidates of one period. */
    int MAX_CANDIDATES = 1000;

    /**
     * @param terms the terms to count (at most a few thousand)
     * @return per term, the number of tickets from {@code from} to {@code to} (inclusive) that carry it; terms
     *         without tickets are absent
     */
    Map<String, Long> count(LocalDate from, LocalDate to, Collection<String> terms);

    /**
     * The tickets carrying a term within the period, newest day first.
     *
     * @return the page's ticket numbers and the total
     */
    TermTickets tickets(String term, LocalDate from, LocalDate to, int page, int size);

    /**
     * @param ticketNos this page's tickets, newest day first
     * @param total     all the period's tickets carrying the term
     */
    record TermTickets(List<String> ticketNos, long total) {
        public TermTickets {
            ticketNos = List.copyOf(ticketNos);
        }
    }
}
