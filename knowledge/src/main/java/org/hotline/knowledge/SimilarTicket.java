package org.hotline.knowledge;

import java.time.Instant;

/**
 * An open ticket that may be about the same matter.
 *
 * @param ticketNo     its number
 * @param reason       why it was found
 * @param score        text similarity in [0, 1] (1 for a same-caller match without text)
 * @param districtCode its district
 * @param categoryCode its category
 * @param registeredAt when it was registered
 */
public record SimilarTicket(String ticketNo, SimilarityReason reason, double score, String districtCode,
                            String categoryCode, Instant registeredAt) {
}
