package org.hotline.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * Reading 督办 chains across tickets; the chain of one ticket comes with {@link TicketView#escalations()}, and
 * escalating and answering are ticket commands ({@link TicketService#escalate(TicketNo, Integer, String, Actor)},
 * {@link TicketService#answerEscalation}). Thread-safe.
 */
public interface EscalationService {

    /**
     * Lists chains. SUPERVISOR and DISPATCHER see every department's, DEPARTMENT only its own.
     *
     * @throws ActionNotPermittedException for other roles
     * @throws InvalidTicketException      when the query is out of range
     */
    List<Escalation> search(EscalationQuery query, Actor actor);

    /**
     * The chains started from {@code from} (inclusive) to {@code to} (exclusive), newest first, at most
     * {@code limit}, in one read (reports). Same roles and department scope as {@link #search}.
     *
     * @throws ActionNotPermittedException for other roles
     * @throws InvalidTicketException      when a bound is missing or {@code limit} is not 1..{@value #MAX_LIST}
     */
    List<Escalation> startedBetween(java.time.Instant from, java.time.Instant to, int limit, Actor actor);

    /** The most chains {@link #startedBetween} lists at once. */
    int MAX_LIST = 10_000;

    /**
     * Counts per department of the levels issued from {@code from} to {@code to} inclusive (China dates): chains,
     * levels, answers, answers on time, missed windows, yellow and red cards. Departments without levels are left
     * out. SUPERVISOR and DISPATCHER see every department, DEPARTMENT only its own.
     *
     * @throws ActionNotPermittedException for other roles
     * @throws InvalidTicketException      when a date is missing, {@code to} precedes {@code from} or the period
     *                                     exceeds 366 days
     */
    List<EscalationStats> stats(LocalDate from, LocalDate to, Actor actor);

    /** @return the configured levels, lowest first */
    List<EscalationLevelSetting> levels();
}
