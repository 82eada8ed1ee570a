package org.hotline.workflow;

import java.time.LocalDate;

/**
 * Surges (突发): a category in a district drawing more tickets in one hour than its expected count for that hour
 * by the configured margin ({@code hotline.analytics.surge.margin}, at least {@code .min-count} tickets). The
 * expected count is the mean of the same hour of day over the previous {@code .weeks} × 7 days. Tickets are counted
 * per hour × category × district in the registration's transaction; a surge is detected after the registration
 * commits, stored once (across nodes too) and announced once with a {@link SurgeDetected} event; tickets of its
 * hour registered later join it. Thread-safe.
 */
public interface TicketSurges {

    /**
     * The surges whose hour lies within the period (China time), newest first, at most {@value #MAX_SURGES}.
     * Supervisors, administrators and dispatchers only.
     *
     * @throws InvalidTicketException      when the period is missing, reversed or too long (as for
     *                                     {@link TicketAnalytics#kpis})
     * @throws ActionNotPermittedException for other roles
     */
    SurgeReport surges(LocalDate from, LocalDate to, Actor actor);

    /** The most surges one answer lists. */
    int MAX_SURGES = 500;
}
