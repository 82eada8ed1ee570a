package org.hotline.telephony;

import java.time.Instant;

/** The claiming agent put a contact back in the queue. Carries no personal data. */
public record ContactReleased(long contactId, String contactNo, String agent, Instant at) {
}
