package org.hotline.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * A ticket number (工单号): {@code JH} + registration day {@code yyyyMMdd} (Asia/Shanghai) + a 6-digit daily
 * sequence starting at 1, e.g. {@code JH20261123000042}. Immutable and thread-safe.
 *
 * @param day      the registration day
 * @param sequence the daily sequence, 1..999999
 */
public record TicketNo(LocalDate day, int sequence) {
    private static final Pattern SHAPE = Pattern.compile("JH\\d{8}\\d{6}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** @throws IllegalArgumentException when the day is missing or the sequence is outside 1..999999 */
    public TicketNo {
        if (day == null || sequence < 1 || sequence > 999_999) {
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
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw new IllegalArgumentException("ticket number must look like JH20261123000001");
        }
        try {
            return new TicketNo(LocalDate.parse(text.substring(2, 10), DAY), Integer.parseInt(text.substring(10)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ticket number carries an invalid date", e);
        }
    }

    /** @return the 16-character form */
    @JsonValue
    @Override
    public String toString() {
        return "JH" + DAY.format(day) + String.format("%06d", sequence);
    }
}
