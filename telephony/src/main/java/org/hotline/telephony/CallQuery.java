package org.hotline.telephony;

import java.time.Duration;
import java.time.Instant;

/**
 * A search over call records. {@code from} inclusive, {@code to} exclusive, on the time the call reached the hotline.
 *
 * @param from        lower bound, or {@code null} for 24 hours before {@code to}
 * @param to          upper bound, or {@code null} for now
 * @param agent       only this agent's calls, or {@code null}
 * @param disposition only this disposition, or {@code null}
 * @param page        zero-based page number
 * @param size        page size, 1..{@value #MAX_SIZE}
 */
public record CallQuery(Instant from, Instant to, String agent, Disposition disposition, int page, int size) {

    public static final int MAX_SIZE = 200;

    /** Longest range one query may span. */
    public static final Duration MAX_RANGE = Duration.ofDays(366);

    /**
     * @throws IllegalArgumentException when page or size is out of range, {@code from} is after {@code to}, the range
     *                                  exceeds {@link #MAX_RANGE} or the agent name is longer than 64 characters
     */
    public CallQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (agent != null && (agent.isBlank() || agent.length() > 64)) {
            throw new IllegalArgumentException("agent must be 1..64 characters");
        }
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("from must not be after to");
            }
            if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
                throw new IllegalArgumentException("range must not exceed " + MAX_RANGE.toDays() + " days");
            }
        }
    }

    /** @return a query of the first page of 50 in the given range, any agent and disposition */
    public static CallQuery between(Instant from, Instant to) {
        return new CallQuery(from, to, null, null, 0, 50);
    }
}
