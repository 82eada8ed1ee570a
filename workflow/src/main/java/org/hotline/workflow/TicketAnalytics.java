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

    /**
     * Today's tickets for the wallboard: registered today by channel (from the day's rollup rows), overdue and
     * escalated now (index ranges over the open tickets and open 督办 chains). Supervisors, administrators and
     * dispatchers only.
     *
     * @throws ActionNotPermittedException for other roles
     */
    LiveTicketFigures live(Actor actor);

    /**
     * The tickets counted in one cell of {@link #kpis}: the same period, grouping and key, and the count named by
     * {@code count} (a {@link KpiCounts} key such as {@code returned}, or one of the rates' numerators
     * {@code signedOnTime}, {@code firstContact}, {@code repeatRequest}), newest first, read from the tickets' facts
     * ({@code overdue} from the open tickets past their deadline). {@code total} is the cell's count. The same
     * role rules as {@link #kpis}; the items are masked for the actor as the ticket list masks them.
     *
     * @param key the group's key as {@link #kpis} answered it ({@code all} for {@link KpiGroupBy#NONE})
     * @throws InvalidTicketException      when the period, the count, the page (0..) or the size (1..100) is invalid
     * @throws ActionNotPermittedException when the role may not read this cell
     */
    TicketPage cellTickets(LocalDate from, LocalDate to, KpiGroupBy groupBy, String key, String count, int page,
            int size, Actor actor);

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
