package org.hotline.console.api.channel;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.hotline.console.api.idempotency.IdempotentRequests;
import org.hotline.console.json.ApiEnumWords;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.ContactReceipt;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.SignedRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web and app forms' intake: public, authenticated by the client's HMAC signature instead of a login (and so
 * exempt from CSRF). Checks in this order, each refusing before anything is stored: media type (415), size (413,
 * also for chunked bodies), signature and timestamp (401), UTF-8 (400), JSON (400), fields (400); then the
 * {@code Idempotency-Key} (same key and body: the same answer; another body: 409) and the contact is stored:
 * {@code 202 {"contactNo": …}}, the same number for a redelivered {@code externalId}.
 */
@RestController
class WebFormController {

    static final int MAX_BODY_BYTES = 64 * 1024;
    static final String CLIENT = "X-Hotline-Client";
    static final String TIMESTAMP = "X-Hotline-Timestamp";
    static final String SIGNATURE = "X-Hotline-Signature";

    private final SignedRequests signatures;
    private final Contacts contacts;
    private final IdempotentRequests idempotentRequests;
    private final ObjectMapper json;

    WebFormController(SignedRequests signatures, Contacts contacts, IdempotentRequests idempotentRequests,
                      ObjectMapper json) {
        this.signatures = signatures;
        this.contacts = contacts;
        this.idempotentRequests = idempotentRequests;
        this.json = json.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @PostMapping("/api/channel/web")
    ResponseEntity<?> web(HttpServletRequest request) {
        return intake(ContactChannel.WEB, request);
    }

    @PostMapping("/api/channel/app")
    ResponseEntity<?> app(HttpServletRequest request) {
        return intake(ContactChannel.APP, request);
    }

    private ResponseEntity<?> intake(ContactChannel channel, HttpServletRequest request) {
        InboundBodies.requireMediaType(request.getContentType(), MediaType.APPLICATION_JSON);
        byte[] body = InboundBodies.read(request, MAX_BODY_BYTES);
        String clientId = signatures.verifyClient(request.getHeader(CLIENT), request.getHeader(TIMESTAMP),
            request.getHeader(SIGNATURE), body);
        WebForm form = parse(InboundBodies.utf8(body));
        Instant receivedAt = Instant.now();
        return idempotentRequests.execute(ApiEnumWords.word(channel) + ":" + clientId,
            request.getHeader(IdempotentRequests.HEADER), body, () -> {
                ContactReceipt receipt = contacts.receive(form.toMessage(channel, clientId, receivedAt));
                return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(Map.of("contactNo", receipt.contact().contactNo()));
            });
    }

    private WebForm parse(String text) {
        try {
            WebForm form = json.readValue(text, WebForm.class);
            if (form == null) {
                throw new ChannelRequestException(HttpStatus.BAD_REQUEST, "malformed-json", "The body is not a JSON object.");
            }
            return form;
        } catch (JsonProcessingException e) {
            throw new ChannelRequestException(HttpStatus.BAD_REQUEST, "malformed-json",
                "The body is not a JSON object of the form's fields.");
        }
    }
}
