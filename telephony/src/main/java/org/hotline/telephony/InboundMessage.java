package org.hotline.telephony;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message a channel adapter received, verified and parsed, about to become a {@link Contact}.
 *
 * @param channel      where it came from; required
 * @param externalId   the channel's id of the message (WeChat MsgId, Message-ID, the form's externalId), at most
 *                     {@link #MAX_EXTERNAL_ID} characters; a second message with the same channel and id is a
 *                     redelivery. Null when the channel has none (then nothing is de-duplicated).
 * @param identities   the citizen's addresses in this message (the first one is the reply address); at least one
 * @param citizenName  as the citizen gave it, at most 50 characters, or null
 * @param text         the message text (a voice message's recognised text), at most {@link #MAX_TEXT} characters;
 *                     may be empty only when there are attachments or a location
 * @param attachments  see {@link Attachment}
 * @param location     or null
 * @param categoryHint the citizen's own choice of topic, at most 64 characters, or null
 * @param districtHint the citizen's own district, at most 64 characters, or null
 * @param address      at most 200 characters, or null
 * @param receivedAt   when the channel received it; required
 */
public record InboundMessage(ContactChannel channel, String externalId, List<CitizenIdentity> identities,
        String citizenName, String text, List<Attachment> attachments, GeoLocation location, String categoryHint,
        String districtHint, String address, Instant receivedAt) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_EXTERNAL_ID = 128;

    public InboundMessage {
        identities = identities == null ? List.of() : List.copyOf(identities);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** @throws InvalidContactException listing every invalid field */
    public void validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (channel == null) {
            errors.put("channel", "required");
        }
        if (externalId != null && (externalId.isBlank() || externalId.length() > MAX_EXTERNAL_ID)) {
            errors.put("externalId", "1.." + MAX_EXTERNAL_ID + " characters");
        }
        if (identities.isEmpty() || identities.stream().anyMatch(Objects::isNull)) {
            errors.put("identities", "at least one citizen address");
        }
        if (text == null || text.length() > MAX_TEXT
                || (text.isBlank() && attachments.isEmpty() && location == null)) {
            errors.put("text", "1.." + MAX_TEXT + " characters, or attachments or a location");
        }
        limit(errors, "citizenName", citizenName, 50);
        limit(errors, "categoryHint", categoryHint, 64);
        limit(errors, "districtHint", districtHint, 64);
        limit(errors, "address", address, 200);
        if (receivedAt == null) {
            errors.put("receivedAt", "required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidContactException(errors);
        }
        Attachment.validate(attachments, "attachments");
    }

    private static void limit(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, "at most " + max + " characters");
        }
    }
}
