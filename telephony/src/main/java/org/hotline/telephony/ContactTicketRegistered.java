package org.hotline.telephony;

import java.time.Instant;

/**
 * A ticket was registered from a contact. Carries the citizen's address in clear: consumers must not log it.
 *
 * @param contactId the contact
 * @param contactNo its number
 * @param channel   where the citizen wrote from
 * @param identity  the citizen's address on that channel
 * @param ticketNo  the ticket
 * @param agent     who registered it
 * @param at        when
 */
public record ContactTicketRegistered(long contactId, String contactNo, ContactChannel channel,
        CitizenIdentity identity, String ticketNo, String agent, Instant at) {
}
