package org.hotline.console.api.channel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.ContactReceipt;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InboundMessage;
import org.hotline.telephony.InvalidContactException;
import org.hotline.telephony.SignedRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SMS gateway's inbound callback: JSON {@code {"messageId","from","text"}} signed like the web form (timestamp and
 * HMAC-SHA256 with {@code hotline.channel.sms.secret}, no client header). A reply 1–5 to the phone's open follow-up
 * survey becomes the ticket's follow-up ({@code 200 {"followUpOf": ticketNo}}, see {@link SmsFollowUpSurveys}); every
 * other message becomes a queued contact ({@code 200 {"contactNo"}}); a redelivered {@code messageId} answers as the
 * first delivery. Refusals as for the web form; 401 while the SMS
 * channel is off.
 */
@RestController
class SmsCallbackController {

    static final int MAX_BODY_BYTES = 16 * 1024;

    private final SignedRequests signatures;
    private final Contacts contacts;
    private final ObjectMapper json;
    private final SmsFollowUpSurveys surveys;

    SmsCallbackController(SignedRequests signatures, Contacts contacts, ObjectMapper json,
                          SmsFollowUpSurveys surveys) {
        this.signatures = signatures;
        this.contacts = contacts;
        this.surveys = surveys;
        this.json = json.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    @PostMapping("/api/channel/sms")
    ResponseEntity<Map<String, String>> receive(HttpServletRequest request) {
        InboundBodies.requireMediaType(request.getContentType(), MediaType.APPLICATION_JSON);
        byte[] body = InboundBodies.read(request, MAX_BODY_BYTES);
        signatures.verifySmsGateway(request.getHeader(WebFormController.TIMESTAMP),
            request.getHeader(WebFormController.SIGNATURE), body);
        InboundSms sms;
        try {
            sms = json.readValue(InboundBodies.utf8(body), InboundSms.class);
        } catch (JsonProcessingException e) {
            sms = null;
        }
        if (sms == null) {
            throw new ChannelRequestException(HttpStatus.BAD_REQUEST, "malformed-json", "The body is not an SMS callback.");
        }
        if (sms.messageId() == null || sms.messageId().isBlank() || sms.messageId().length() > 64) {
            throw new InvalidContactException(Map.of("messageId", "1..64 characters"));
        }
        CitizenIdentity from = CitizenIdentity.of(IdentityKind.PHONE, sms.from(), "from");
        Optional<String> followedUp = surveys.answer(sms.messageId(), from, sms.text());
        if (followedUp.isPresent()) {
            return ResponseEntity.ok(Map.of("followUpOf", followedUp.get()));
        }
        ContactReceipt receipt = contacts.receive(new InboundMessage(ContactChannel.SMS, sms.messageId(),
            List.of(from), null, sms.text() == null ? null : sms.text().strip(), List.of(), null, null, null, null,
            Instant.now()));
        return ResponseEntity.ok(Map.of("contactNo", receipt.contact().contactNo()));
    }

    /** The gateway's callback body. */
    record InboundSms(String messageId, String from, String text) {
    }
}
