package org.hotline.knowledge;

import java.util.List;

/**
 * Finds open tickets likely about the same matter as a new one, so the agent can merge instead of duplicating:
 * same caller within 30 days ({@link SimilarityReason#SAME_CALLER}), or same district (and category, when given)
 * with highly similar text within 7 days ({@link SimilarityReason#SIMILAR_TEXT}). Snapshots are stored, so the
 * index survives a restart. Phone numbers are kept only as salted hashes. Thread-safe.
 */
public interface SimilarTickets {

    /**
     * Adds or replaces a ticket's snapshot.
     *
     * @throws InvalidKbEntryException when the ticket number or text is missing or too long
     */
    void index(TicketSnapshot snapshot);

    /** Marks a ticket closed: it no longer appears in results. Unknown numbers are ignored. */
    void close(String ticketNo);

    /** Forgets a ticket entirely. Unknown numbers are ignored. */
    void remove(String ticketNo);

    /**
     * @param text         the new ticket's text (may be blank when only the caller is known)
     * @param phone        caller's phone number or {@code null}
     * @param districtCode district code or {@code null} (then no text match is attempted)
     * @param categoryCode category code or {@code null}
     * @return at most 10 open tickets, same-caller ones first, then by score
     */
    List<SimilarTicket> find(String text, String phone, String districtCode, String categoryCode);
}
