package org.hotline.console.api.contact;

import java.time.Instant;
import java.util.List;

import org.hotline.telephony.Attachment;
import org.hotline.telephony.Contact;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.ContactStatus;
import org.hotline.telephony.GeoLocation;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.ResponseClock;

/**
 * A contact as the API shows it. The citizen's address is in clear for agents (who answer the citizen) and masked
 * ({@code 138****8000}) for the roles that only read the queue. {@code citizenId} is null for the moment between
 * receipt and the link to the citizen profile.
 */
record ContactJson(long id, String contactNo, ContactChannel channel, Long citizenId, IdentityKind identityKind,
        String identity, String citizenName, String text, List<Attachment> attachments, GeoLocation location,
        String categoryHint, String districtHint, String address, Instant receivedAt, ContactStatus status,
        boolean urgent, String claimedBy, Instant claimedAt, String answer, Instant respondedAt, String ticketNo,
        Instant responseDueAt, ResponseClock responseClock) {

    static ContactJson of(Contact c, boolean inClear) {
        return new ContactJson(c.id(), c.contactNo(), c.channel(), c.citizenId() == 0 ? null : c.citizenId(),
            c.identity().kind(), inClear ? c.identity().value() : c.identity().masked(), c.citizenName(), c.text(),
            c.attachments(), c.location(), c.categoryHint(), c.districtHint(), c.address(), c.receivedAt(), c.status(),
            c.urgent(), c.claimedBy(), c.claimedAt(), c.answer(), c.respondedAt(), c.ticketNo(), c.responseDueAt(),
            c.responseClock());
    }
}
