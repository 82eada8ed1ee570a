package org.hotline.workflow;

import java.time.LocalDate;

/**
 * Ticket figures for supervisors (the 国办函〔2025〕66号 evaluation figures), read from daily rollups that every
 * ticket command keeps current in its own transaction; never a scan of the ticket table. Thread-safe.
 */
public interface TicketAnalytics {
    /** The longest period one request may cover, in days. */
    int MAX_PERIOD_DAYS = 1098;

    /**
     * Counts and rates of the tickets registered from {@code from} to {@code to} (inclusive, China time).
     * Supervisors, administrators and dispatchers read every group; a department reads only its own department's
     * figures (group by none or department); an agent only its own (group by none or agent).
     *
     * @throws InvalidTicketException     when the period is missing, reversed or longer than {@value #MAX_PERIOD_DAYS}
     *                                    days
     * @throws ActionNotPermittedException when the role may not read this grouping
     */
    KpiReport kpis(LocalDate from, LocalDate to, KpiGroupBy groupBy, Actor actor);

    /**
     * Departments ranked within their category group over the period. Supervisors, administrators and dispatchers
     * see every tier; a department sees the tiers it is ranked in, with the other departments' names hidden.
     *
     * @throws InvalidTicketException      when the period is invalid (as for {@link #kpis})
     * @throws ActionNotPermittedException for agents
     */
    TierReport tiers(LocalDate from, LocalDate to, Actor actor);

    /**
     * The phones and places with two or more tickets within the last {@code days} days (1..{@value #MAX_REPEAT_DAYS}),
     * at most {@value #MAX_REPEAT_GROUPS} groups. Supervisors, administrators and dispatchers only.
     *
     * @throws InvalidTicketException      when {@code days} is out of range
     * @throws ActionNotPermittedException for other roles
     */
    RepeatReport repeats(int days, Actor actor);

    /** The longest repeat window, in days. */
    int MAX_REPEAT_DAYS = 90;
    /** The most repeat groups one answer lists. */
    int MAX_REPEAT_GROUPS = 200;

    /**
     * Recomputes every ticket's figures from the tickets and rebuilds the daily rollups from them. Idempotent: run
     * it again and the rows are the same. Run it after a change of a figure's definition (the application does so
     * by itself at start when the definition version changed). Tickets changed while it runs may need another run.
     *
     * @return the number of tickets processed
     */
    long rebuild();
}
