package org.hotline.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The ticket lifecycle. Every command runs in one transaction together with the Camunda process
 * {@code ticketLifecycle} (business key = ticket number), writes the audit trail and publishes its events inside
 * that transaction. Implementations are thread-safe; concurrent commands on one ticket are serialised by a row lock.
 *
 * <h2>Failures common to every method</h2>
 * <ul>
 *   <li>{@link TicketNotFoundException}: unknown number, or a department actor's request for a ticket its
 *       department neither leads nor co-handles.</li>
 *   <li>{@link ActionNotPermittedException}: the role may not do this at all.</li>
 *   <li>{@link InvalidTransitionException}: not possible in the current status; nothing changed.</li>
 *   <li>{@link InvalidTicketException}: invalid input.</li>
 *   <li>{@link UnknownReferenceException}: a named department/category/district does not exist.</li>
 * </ul>
 *
 * <h2>Roles</h2>
 * AGENT registers (SYSTEM too, for contacts a channel adapter registers automatically) and answers directly;
 * DISPATCHER dispatches (also re-dispatches returns), approves or denies extensions, reviews, records follow-ups
 * (SYSTEM too, for the IVR satisfaction survey), merges and closes; DEPARTMENT (own department only) signs, returns,
 * writes notes, requests extensions, pauses and resumes, replies, re-dispatches to a street office (district
 * governments only) and contributes (co-handlers); SUPERVISOR reads everything and escalates; ADMIN does no ticket
 * action. Reading is open to every role, departments only for tickets dispatched to them (lead, co-handler, or
 * the district government that passed it to a street office).
 *
 * <h2>Masking</h2>
 * The citizen's phone is {@code 138****8000} for DEPARTMENT actors; on confidential tickets it (and the name) is
 * null for everyone but the registering agent, dispatchers and supervisors. 18- and 15-digit ID numbers inside the
 * content and notes are masked ({@code 990102********1234}) for everyone but the registering agent.
 */
public interface TicketService {

    /**
     * Registers a ticket, starts its process, routes it through the DMN decision {@code ticketRouting} and computes
     * the proposed sign and handle deadlines. Publishes {@link TicketRegistered}. AGENT only (and SYSTEM, for
     * contacts registered automatically by a channel adapter).
     *
     * @return the ticket in status {@link TicketStatus#REGISTERED} with the proposed department and deadlines
     */
    TicketView register(RegisterTicket command, Actor actor);

    /** @return the ticket masked for the actor, or empty when unknown or invisible to the actor's department */
    Optional<TicketView> find(TicketNo no, Actor actor);

    /**
     * The tickets with these numbers as {@link #find} gives each, in the given order, read in a few queries
     * whatever their number (for pages of tickets found elsewhere, e.g. the figures' drill-downs).
     *
     * @return the visible tickets among the numbers; unknown and invisible ones are left out
     */
    List<TicketView> findAll(List<TicketNo> numbers, Actor actor);

    /**
     * The tickets past their deadline now (as {@link TicketQuery#overdue()}), newest registration first, at most
     * {@code limit}, in one read (reports); department actors get their own department's only, as in
     * {@link #search}.
     *
     * @throws InvalidTicketException when {@code limit} is not 1..{@value #MAX_LIST}
     */
    List<OverdueTicket> overdueNow(int limit, Actor actor);

    /** The most tickets {@link #overdueNow} lists at once. */
    int MAX_LIST = 10_000;

    /** Searches tickets; department actors only ever see their own department's tickets. */
    TicketPage search(TicketQuery query, Actor actor);

    /** @return the audit trail, oldest first, masked for the actor */
    List<TimelineEntry> timeline(TicketNo no, Actor actor);

    /**
     * The numbers of a finished day that no ticket carries, in order; every other number up to the day's last has a
     * ticket. Empty for a day not reconciled yet (today, and until 00:25 China time for yesterday).
     *
     * @throws ActionNotPermittedException unless the actor is a supervisor or an administrator
     */
    List<VoidedTicketNumber> voidedNumbers(LocalDate day, Actor actor);

    /** AGENT: answers a REGISTERED ticket directly and closes it ({@link Closure#DIRECT_ANSWER}). */
    TicketView directAnswer(TicketNo no, DirectAnswer command, Actor actor);

    /**
     * DISPATCHER: dispatches a REGISTERED or RETURNED ticket → DISPATCHED; the sign and handle deadlines start now.
     * Publishes {@link TicketDispatched}.
     */
    TicketView dispatch(TicketNo no, Dispatch command, Actor actor);

    /**
     * DEPARTMENT: the lead signs a DISPATCHED ticket → IN_PROGRESS; a co-handler signs its share while the ticket is
     * being handled.
     */
    TicketView sign(TicketNo no, Actor actor);

    /**
     * DEPARTMENT (lead): returns a DISPATCHED ticket with a reason → RETURNED, back to the dispatcher. A street office
     * returns it to the district government that passed it on instead: it stays DISPATCHED, led by the district,
     * whose sign deadline restarts ({@link TicketDispatched} to the district).
     */
    TicketView returnTicket(TicketNo no, String reason, Actor actor);

    /** DEPARTMENT (lead or co-handler): adds a progress note while the ticket is handled. Status unchanged. */
    TicketView addNote(TicketNo no, String text, Actor actor);

    /** DEPARTMENT (lead): IN_PROGRESS → EXTENSION_REQUESTED. */
    TicketView requestExtension(TicketNo no, ExtensionRequest request, Actor actor);

    /** DISPATCHER: EXTENSION_REQUESTED → IN_PROGRESS; the handle deadline moves by the requested working days. */
    TicketView approveExtension(TicketNo no, String note, Actor actor);

    /** DISPATCHER: EXTENSION_REQUESTED → IN_PROGRESS; the deadline stays. */
    TicketView denyExtension(TicketNo no, String reason, Actor actor);

    /** DEPARTMENT (lead): IN_PROGRESS → AWAITING_CITIZEN; the handling clocks (handle, contributions) stop. */
    TicketView awaitCitizen(TicketNo no, String reason, Actor actor);

    /**
     * DEPARTMENT (lead): AWAITING_CITIZEN → IN_PROGRESS; the handle deadline and the contribution deadline of the
     * co-handlers still to contribute move by the working time paused.
     */
    TicketView resumeFromCitizen(TicketNo no, String note, Actor actor);

    /**
     * DEPARTMENT (lead): IN_PROGRESS → REPLIED, once every co-handler has contributed or missed its contribution
     * deadline. Starts the review deadline ({@code hotline.sla.review-working-days}). Publishes
     * {@link TicketReplied}.
     */
    TicketView reply(TicketNo no, String text, Actor actor);

    /**
     * DISPATCHER: REPLIED → FOLLOW_UP (accepted: starts the follow-up deadline,
     * {@code hotline.sla.follow-up-working-days}, and publishes {@link TicketReachedFollowUp}) or IN_PROGRESS (sent
     * back to the department).
     */
    TicketView review(TicketNo no, ReviewDecision decision, Actor actor);

    /**
     * DISPATCHER (or SYSTEM): records the follow-up of a FOLLOW_UP ticket. Satisfaction ≥ 3 closes it
     * ({@link Closure#SATISFIED});
     * below 3 it reopens once (→ IN_PROGRESS, new handle deadline), a second time it closes
     * ({@link Closure#UNSATISFIED}). Closing publishes {@link TicketClosed} and closes merged duplicates.
     */
    TicketView followUp(TicketNo no, FollowUp followUp, Actor actor);

    /**
     * DISPATCHER: merges an open duplicate into an open main ticket → MERGED; it closes with the main. Publishes
     * {@link TicketMerged}.
     */
    TicketView merge(TicketNo duplicate, TicketNo main, Actor actor);

    /** SUPERVISOR: escalates (督办) an open ticket by hand at level 1; see {@link #escalate(TicketNo, Integer, String, Actor)}. */
    default TicketView escalate(TicketNo no, String note, Actor actor) {
        return escalate(no, null, note, actor);
    }

    /**
     * SUPERVISOR: escalates (督办) an open ticket by hand. Without an open chain it starts one at {@code level}
     * (default 1), publishing {@link TicketEscalated}, {@link EscalationLevelRaised} and, for a carded level,
     * {@link CardIssued}. With an open chain it raises that chain to {@code level} (default: the next level).
     * Status unchanged.
     *
     * @param level 1..the number of configured levels, or null
     * @throws InvalidTicketException      when the level is out of range
     * @throws InvalidTransitionException  when the ticket is not open, or its open chain is already at or above
     *                                     the level
     */
    TicketView escalate(TicketNo no, Integer level, String note, Actor actor);

    /**
     * DEPARTMENT (the department a 督办 chain awaits): answers the chain's current level (督办反馈), which stops the
     * chain; an answer after the window still counts, as late. Audited; publishes {@link EscalationAnswered}.
     * Status unchanged.
     *
     * @throws InvalidTicketException      when the text is blank or too long
     * @throws InvalidTransitionException  when no chain awaits this department's feedback
     */
    TicketView answerEscalation(TicketNo no, String text, Actor actor);

    /** DISPATCHER: closes an open ticket administratively ({@link Closure#ADMINISTRATIVE}). */
    TicketView close(TicketNo no, String note, Actor actor);

    /**
     * DEPARTMENT (a district government leading a DISPATCHED ticket): passes it to one of its street offices,
     * which must then sign. The sign deadline restarts.
     */
    TicketView redispatch(TicketNo no, String streetDepartmentCode, String note, Actor actor);

    /**
     * DEPARTMENT (co-handler that signed): records its contribution for the lead's reply; also after its
     * contribution deadline passed (late), until the lead replies.
     */
    TicketView contribute(TicketNo no, String text, Actor actor);

    /**
     * Shows a masked value in clear and records the reveal in the audit trail.
     *
     * @throws ActionNotPermittedException when the actor may not see the value at all (a department on a
     *                                     confidential ticket, an admin)
     */
    default String reveal(TicketNo no, RevealField field, Actor actor) {
        return reveal(no, field, null, actor);
    }

    /**
     * As {@link #reveal(TicketNo, RevealField, Actor)}, with the reason the actor gave (calling the citizen back,
     * …) recorded as the audit entry's note.
     *
     * @param reason why the value is needed, at most 200 characters; may be null
     */
    String reveal(TicketNo no, RevealField field, String reason, Actor actor);
}
