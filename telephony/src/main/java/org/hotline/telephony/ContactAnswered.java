package org.hotline.telephony;

import java.time.Instant;

/**
 * An agent answered a contact directly; the answer must reach the citizen on the contact's channel. Carries the
 * citizen's address in clear: consumers must not log it.
 *
 * @param contactId the contact
 * @param contactNo its number
 * @param channel   where the citizen wrote from
 * @param identity  where the answer goes
 * @param answer    the answer
 * @param agent     who answered
 * @param at        when
 */
public record ContactAnswered(long contactId, String contactNo, ContactChannel channel, CitizenIdentity identity,
        String answer, String agent, Instant at) {
}
