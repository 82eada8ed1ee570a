package org.hotline.telephony;

import java.time.Instant;

/** A contact's first-response clock ran out without a response. Published once per contact. No personal data. */
public record ContactResponseBreached(long contactId, String contactNo, ContactChannel channel, Instant dueAt) {
}
