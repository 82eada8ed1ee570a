package org.hotline.workflow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One detected surge.
 *
 * @param id            its id
 * @param category      category code ({@code ""} when the tickets had none)
 * @param categoryLabel category name
 * @param district      district code ({@code ""} when the tickets had none)
 * @param districtLabel district name
 * @param hour          the hour's start, China time
 * @param count         tickets registered in that hour (category and district as registered)
 * @param expected      the hour's expected count: mean of the same hour of day over the reference days
 * @param detectedAt    when it was detected
 * @param tickets       the hour's ticket numbers
 */
public record Surge(long id, String category, String categoryLabel, String district, String districtLabel,
        OffsetDateTime hour, long count, double expected, Instant detectedAt, List<String> tickets) {

    public Surge {
        tickets = List.copyOf(tickets);
    }
}
