package org.hotline.telephony.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.telephony.Attachment;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.Contact;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.ContactStatus;
import org.hotline.telephony.GeoLocation;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.ResponseClock;

/** A {@code telephony_contact} row as MyBatis maps it. */
class ContactRow {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() { };

    Long id;
    String channel;
    String externalId;
    /** Null until the contact is linked to its citizen profile. */
    Long citizenId;
    String identityKind;
    String identityValue;
    String citizenName;
    String contentText;
    String attachmentsJson;
    Double latitude;
    Double longitude;
    String locationLabel;
    String categoryHint;
    String districtHint;
    String address;
    Instant receivedAt;
    String status;
    boolean urgent;
    String claimedBy;
    Instant claimedAt;
    String answer;
    Instant respondedAt;
    String ticketNo;
    Instant responseDueAt;

    static String attachmentsJson(List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(attachments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Contact toContact(Instant now, int warningPercent) {
        List<Attachment> attachments;
        try {
            attachments = attachmentsJson == null ? List.of() : JSON.readValue(attachmentsJson, ATTACHMENTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GeoLocation location = latitude == null ? null : new GeoLocation(latitude, longitude, locationLabel);
        return new Contact(id, Contact.numberOf(id), ContactChannel.valueOf(channel), externalId,
            citizenId == null ? 0 : citizenId,
            new CitizenIdentity(IdentityKind.valueOf(identityKind), identityValue), citizenName, contentText,
            attachments, location, categoryHint, districtHint, address, receivedAt, ContactStatus.valueOf(status),
            urgent, claimedBy, claimedAt, answer, respondedAt, ticketNo, responseDueAt, clock(now, warningPercent));
    }

    private ResponseClock clock(Instant now, int warningPercent) {
        if (respondedAt != null) {
            return respondedAt.isAfter(responseDueAt) ? ResponseClock.MET_LATE : ResponseClock.MET;
        }
        if (!now.isBefore(responseDueAt)) {
            return ResponseClock.BREACHED;
        }
        long total = responseDueAt.toEpochMilli() - receivedAt.toEpochMilli();
        long used = now.toEpochMilli() - receivedAt.toEpochMilli();
        return used * 100 >= total * warningPercent ? ResponseClock.NEARING : ResponseClock.RUNNING;
    }
}
