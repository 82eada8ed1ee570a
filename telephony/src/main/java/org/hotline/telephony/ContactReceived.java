package org.hotline.telephony;

import java.time.Instant;

/** A new contact entered the queue. Carries no personal data. */
public record ContactReceived(long contactId, String contactNo, ContactChannel channel, boolean urgent, Instant at) {
}
