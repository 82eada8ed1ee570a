package org.hotline.telephony;

import java.time.Instant;

/** An agent claimed a contact. Carries no personal data. */
public record ContactClaimed(long contactId, String contactNo, String agent, Instant at) {
}
