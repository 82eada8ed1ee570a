package org.hotline.workflow.analytics;

import org.hotline.workflow.KpiCounts;
import org.hotline.workflow.KpiRates;

/**
 * The additive counters behind the figures: one ticket's 0/1 flags, or the sum over many tickets. The public
 * counts ({@link KpiCounts}) and the numerators the rates need besides them ({@code signedOnTime},
 * {@code firstContact}, {@code repeatRequest}). Mutable; not thread-safe.
 */
final class Counts {
    long registered;
    long directAnswered;
    long dispatched;
    long signedOnTime;
    long returned;
    long extended;
    long escalated;
    long replied;
    long closed;
    long closedOnTime;
    long followedUp;
    long satisfied;
    long resolved;
    long reopened;
    long merged;
    long firstContact;
    long repeatRequest;

    /** Adds {@code sign} (1 or -1) times {@code other}. */
    Counts add(Counts other, int sign) {
        registered += sign * other.registered;
        directAnswered += sign * other.directAnswered;
        dispatched += sign * other.dispatched;
        signedOnTime += sign * other.signedOnTime;
        returned += sign * other.returned;
        extended += sign * other.extended;
        escalated += sign * other.escalated;
        replied += sign * other.replied;
        closed += sign * other.closed;
        closedOnTime += sign * other.closedOnTime;
        followedUp += sign * other.followedUp;
        satisfied += sign * other.satisfied;
        resolved += sign * other.resolved;
        reopened += sign * other.reopened;
        merged += sign * other.merged;
        firstContact += sign * other.firstContact;
        repeatRequest += sign * other.repeatRequest;
        return this;
    }

    /** @return the counter stored in the fact and rollup column of this name (e.g. {@code closed_on_time}) */
    long get(String column) {
        return switch (column) {
            case "registered" -> registered;
            case "direct_answered" -> directAnswered;
            case "dispatched" -> dispatched;
            case "signed_on_time" -> signedOnTime;
            case "returned" -> returned;
            case "extended" -> extended;
            case "escalated" -> escalated;
            case "replied" -> replied;
            case "closed" -> closed;
            case "closed_on_time" -> closedOnTime;
            case "followed_up" -> followedUp;
            case "satisfied" -> satisfied;
            case "resolved" -> resolved;
            case "reopened" -> reopened;
            case "merged" -> merged;
            case "first_contact" -> firstContact;
            case "repeat_request" -> repeatRequest;
            default -> throw new IllegalArgumentException("no counter " + column);
        };
    }

    boolean isZero() {
        return registered == 0 && directAnswered == 0 && dispatched == 0 && signedOnTime == 0 && returned == 0
                && extended == 0 && escalated == 0 && replied == 0 && closed == 0 && closedOnTime == 0
                && followedUp == 0 && satisfied == 0 && resolved == 0 && reopened == 0 && merged == 0
                && firstContact == 0 && repeatRequest == 0;
    }

    KpiCounts toKpiCounts(long overdue) {
        return new KpiCounts(registered, directAnswered, dispatched, returned, extended, escalated, replied, closed,
                closedOnTime, followedUp, satisfied, resolved, reopened, merged, overdue);
    }

    /** The rates exactly as {@link KpiRates} defines them. */
    KpiRates toKpiRates() {
        return new KpiRates(KpiRates.rate(signedOnTime, dispatched), KpiRates.rate(closedOnTime, closed),
                KpiRates.rate(returned, dispatched), KpiRates.rate(extended, dispatched),
                KpiRates.rate(followedUp, replied), KpiRates.rate(satisfied, followedUp),
                KpiRates.rate(resolved, followedUp), KpiRates.rate(firstContact, closed),
                KpiRates.rate(directAnswered, directAnswered + dispatched), KpiRates.rate(repeatRequest, registered));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counts c && registered == c.registered && directAnswered == c.directAnswered
                && dispatched == c.dispatched && signedOnTime == c.signedOnTime && returned == c.returned
                && extended == c.extended && escalated == c.escalated && replied == c.replied && closed == c.closed
                && closedOnTime == c.closedOnTime && followedUp == c.followedUp && satisfied == c.satisfied
                && resolved == c.resolved && reopened == c.reopened && merged == c.merged
                && firstContact == c.firstContact && repeatRequest == c.repeatRequest;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(registered * 31 + closed);
    }
}
