package org.hotline.telephony;

import java.time.Instant;

/**
 * An agent handed a caller to an emergency service. Written to the transfer audit by this module; published so the
 * application can add it to its own audit trail.
 *
 * @param callId  the call's {@code Linkedid}
 * @param service the emergency service
 * @param target  the dialled target (configuration), e.g. {@code 110}
 * @param actor   the console username who ordered the transfer
 * @param at      when the transfer was ordered
 */
public record EmergencyTransferred(String callId, EmergencyService service, String target, String actor, Instant at) {
}
