package org.hotline.telephony.channel;

import java.time.Instant;

import org.hotline.telephony.Citizen;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.IdentityKind;

/** A {@code telephony_citizen_identity} row. */
class IdentityRow {
    String kind;
    String identityValue;
    String linkedBy;
    Instant linkedAt;

    Citizen.LinkedIdentity toLinked() {
        return new Citizen.LinkedIdentity(new CitizenIdentity(IdentityKind.valueOf(kind), identityValue), linkedBy,
            linkedAt);
    }
}
