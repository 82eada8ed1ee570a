package org.hotline.knowledge;

import java.time.Instant;

/**
 * What the similar-ticket index needs to know about a ticket; fed by the application from the workflow's events.
 *
 * @param ticketNo     ticket number
 * @param text         the citizen's request
 * @param citizenPhone caller's phone or {@code null}
 * @param districtCode district code or {@code null}
 * @param categoryCode category code or {@code null}
 * @param open         whether the ticket is still being handled
 * @param registeredAt registration time
 */
public record TicketSnapshot(String ticketNo, String text, String citizenPhone, String districtCode,
                             String categoryCode, boolean open, Instant registeredAt) {
}
