package org.hotline.workflow;

/**
 * The counts of one group of tickets, all over the tickets registered in the period (so each rate's numerator is a
 * subset of its denominator). A ticket counts at most once in each figure, however often the fact happened to it.
 *
 * @param registered     tickets registered
 * @param directAnswered closed by the agent's direct answer on first contact (一号答)
 * @param dispatched     dispatched to a department at least once
 * @param returned       returned by a department (退单) at least once
 * @param extended       given an approved extension (延期) at least once
 * @param escalated      escalated (督办), by a deadline or a supervisor, at least once
 * @param replied        replied (答复) by the lead department
 * @param closed         closed (办结), any way but as a merged duplicate; direct answers included
 * @param closedOnTime   closed and handled in time: a direct answer, or the last reply (the close, when there was no
 *                       reply) at or before the handle deadline in force (extensions included)
 * @param followedUp     followed up (回访) at least once
 * @param satisfied      whose last follow-up scored {@value FollowUp#SATISFIED_FROM} or more (满意)
 * @param resolved       whose last follow-up says the problem is solved (解决)
 * @param reopened       reopened after an unsatisfied follow-up (重办)
 * @param merged         merged into another ticket as a duplicate (并单)
 * @param overdue        open now and past the deadline of its current step (sign or handle), as of the request
 */
public record KpiCounts(long registered, long directAnswered, long dispatched, long returned, long extended,
        long escalated, long replied, long closed, long closedOnTime, long followedUp, long satisfied, long resolved,
        long reopened, long merged, long overdue) {
}
