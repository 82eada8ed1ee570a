package org.hotline.workflow;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Search criteria; null criteria do not filter.
 *
 * @param status         only this status
 * @param departmentCode only tickets led by this department (forced to the actor's own for department actors)
 * @param overdue        only overdue (true) or only not overdue (false) tickets
 * @param registeredBy   only tickets registered by this username; another user's name only for dispatchers and
 *                       supervisors (the web layer turns {@code me} into the actor's own name)
 * @param from           registered on or after this day (China time)
 * @param to             registered on or before this day (China time)
 * @param categoryCode   only this category
 * @param districtCode   only this district
 * @param channel        only this channel
 * @param words          whitespace-separated words (at most {@value #MAX_WORDS}) that must all occur in the request's
 *                       content; a department may not search for digit runs (the phone and ID numbers it cannot read)
 * @param phone          only tickets of this citizen phone (never in a URL: the web layer takes it from a body); not
 *                       for departments, and confidential tickets only for those who may see their phone
 * @param sort           {@link Sort#REGISTERED} (newest first, the default) or {@link Sort#DEADLINE} (the current
 *                       deadline soonest first, paused clocks and tickets without a deadline last)
 * @param page           0-based page
 * @param size           page size, 1..200
 */
public record TicketQuery(TicketStatus status, String departmentCode, Boolean overdue, String registeredBy,
                          LocalDate from, LocalDate to, String categoryCode, String districtCode, Channel channel,
                          String words, String phone, Sort sort, int page, int size) {

    /** Most words in {@link #words}. */
    public static final int MAX_WORDS = 5;
    /** Longest span {@link #from}..{@link #to}. */
    public static final int MAX_DAYS = 366;

    /** The order of the results. */
    public enum Sort {
        REGISTERED, DEADLINE;

        /** @throws IllegalArgumentException when the word names no order */
        public static Sort fromJson(String value) {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    public TicketQuery {
        sort = sort == null ? Sort.REGISTERED : sort;
    }

    /** Status, department and overdue only, newest first. */
    public TicketQuery(TicketStatus status, String departmentCode, Boolean overdue, int page, int size) {
        this(status, departmentCode, overdue, null, null, null, null, null, null, null, null, Sort.REGISTERED, page,
            size);
    }

    /** @return the words of {@link #words}, empty when none */
    public List<String> wordList() {
        return words == null || words.isBlank() ? List.of() : Arrays.asList(words.strip().split("\\s+"));
    }

    /** @throws InvalidTicketException when paging, a code, a date range, the words or the phone are malformed */
    public void validate() {
        Validation v = new Validation().range("page", page, 0, 1_000_000).range("size", size, 1, 200)
                .code("departmentCode", departmentCode, false).code("categoryCode", categoryCode, false)
                .code("districtCode", districtCode, false).phone("phone", phone, false)
                .text("registeredBy", registeredBy, false, 64).text("q", words, false, 200);
        if (from != null && to != null && (from.isAfter(to) || from.plusDays(MAX_DAYS).isBefore(to))) {
            v.invalid("to", "must not be before from, at most " + MAX_DAYS + " days after it");
        }
        if (wordList().size() > MAX_WORDS) {
            v.invalid("q", "at most " + MAX_WORDS + " words");
        }
        v.throwIfInvalid();
    }
}
