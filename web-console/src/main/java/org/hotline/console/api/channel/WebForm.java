package org.hotline.console.api.channel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hotline.telephony.Attachment;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InboundMessage;
import org.hotline.telephony.InvalidContactException;

/**
 * The body of {@code POST /api/channel/web} and {@code /api/channel/app}.
 *
 * @param name         the citizen's name, at most 50 characters; optional
 * @param phone        mainland mobile or landline with area code; required (the citizen is answered by SMS)
 * @param content      1..{@link #MAX_CONTENT} characters
 * @param categoryHint the topic the citizen chose, at most 64 characters; optional
 * @param district     at most 64 characters; optional
 * @param address      at most 200 characters; optional
 * @param attachments  at most {@link Attachment#MAX_COUNT}, each of an allowed type and size; optional
 * @param externalId   the client's id of the submission, at most 64 characters; a second submission with the same
 *                     id is a redelivery; optional
 */
record WebForm(String name, String phone, String content, String categoryHint, String district, String address,
               List<FormAttachment> attachments, String externalId) {

    /** A form's text is shorter than other channels' messages. */
    static final int MAX_CONTENT = 2000;
    static final int MAX_EXTERNAL_ID = 64;

    /** @throws InvalidContactException listing every invalid field */
    InboundMessage toMessage(ContactChannel channel, String clientId, Instant receivedAt) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (content == null || content.isBlank() || content.length() > MAX_CONTENT) {
            errors.put("content", "1.." + MAX_CONTENT + " characters");
        }
        if (externalId != null && (externalId.isBlank() || externalId.length() > MAX_EXTERNAL_ID)) {
            errors.put("externalId", "1.." + MAX_EXTERNAL_ID + " characters");
        }
        CitizenIdentity identity = null;
        try {
            identity = CitizenIdentity.of(IdentityKind.PHONE, phone, "phone");
        } catch (InvalidContactException e) {
            errors.putAll(e.errors());
        }
        List<Attachment> files = null;
        try {
            files = Attachment.validate(attachments == null ? List.of()
                : attachments.stream().map(a -> a == null ? null : a.toAttachment()).toList(), "attachments");
        } catch (InvalidContactException e) {
            errors.putAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidContactException(errors);
        }
        InboundMessage message = new InboundMessage(channel, externalId == null ? null : clientId + ":" + externalId,
            List.of(identity), blankToNull(name), content.strip(), files, null, blankToNull(categoryHint),
            blankToNull(district), blankToNull(address), receivedAt);
        message.validate();
        return message;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An attachment as the form describes it: {@code {"name","contentType","size","url"}}. */
    record FormAttachment(String name, String contentType, Long size, String url) {
        Attachment toAttachment() {
            // A form always knows the size: a missing one is refused like a wrong one.
            return new Attachment(name, contentType, size == null || size < 1 ? -1 : size, url);
        }
    }
}
