package org.hotline.telephony.channel;

import java.time.Instant;

/** One address of a citizen profile, as written to and read from {@code telephony_citizen_identity} in bulk. */
class IdentityLink {
    Long citizenId;
    String citizenName;
    String kind;
    String identityValue;
    String linkedBy;
    Instant linkedAt;
}
