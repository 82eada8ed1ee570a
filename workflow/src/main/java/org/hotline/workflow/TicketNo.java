package org.hotline.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A ticket number (工单号): {@code JH} + registration day {@code yyyyMMdd} (Asia/Shanghai) + a 6-digit daily
 * sequence starting at 1, e.g. {@code JH20261123000042}. Immutable and thread-safe.
 *
 * @param day      the registration day
 * @param sequence the daily sequence, 1..999999
 */
public record TicketNo(LocalDate day, int sequence) {
    private static final String SHAPE = "ticket number must look like JH20261123000001";

    /**
     * @throws IllegalArgumentException when the day is missing or not in the years 1000..9999, or the sequence is
     *                                  outside 1..999999
     */
    public TicketNo {
        if (day == null || day.getYear() < 1000 || day.getYear() > 9999 || sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("invalid ticket number parts");
        }
    }

    /**
     * Parses the 16-character form.
     *
     * @throws IllegalArgumentException when the text does not have the shape {@code JH} + a valid date + 6 digits
     */
    @JsonCreator
    public static TicketNo parse(String text) {
        // By hand rather than with a pattern and a DateTimeFormatter: every view of a ticket parses its number.
        if (text == null || text.length() != 16 || text.charAt(0) != 'J' || text.charAt(1) != 'H') {
            throw new IllegalArgumentException(SHAPE);
        }
        for (int i = 2; i < 16; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(SHAPE);
            }
        }
        try {
            return new TicketNo(LocalDate.of(number(text, 2, 6), number(text, 6, 8), number(text, 8, 10)),
                    number(text, 10, 16));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("ticket number carries an invalid date", e);
        }
    }

    private static int number(String digits, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return value;
    }

    /** @return the 16-character form */
    @JsonValue
    @Override
    public String toString() {
        // Built by hand: a DateTimeFormatter and String.format cost more than the rest of a registration's own code.
        char[] text = {'J', 'H', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'};
        digits(text, 2, 4, day.getYear());
        digits(text, 6, 2, day.getMonthValue());
        digits(text, 8, 2, day.getDayOfMonth());
        digits(text, 10, 6, sequence);
        return new String(text);
    }

    /** Writes {@code value} right-aligned and zero-padded into {@code width} characters starting at {@code from}. */
    private static void digits(char[] text, int from, int width, int value) {
        for (int i = from + width - 1; i >= from; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
