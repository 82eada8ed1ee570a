package org.hotline.telephony.channel;

import java.time.Instant;

/** A {@code telephony_citizen} row. */
class CitizenRow {
    Long id;
    String name;
    Instant createdAt;
}
