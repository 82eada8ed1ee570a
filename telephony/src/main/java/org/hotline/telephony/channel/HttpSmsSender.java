package org.hotline.telephony.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.telephony.SmsDeliveryException;
import org.hotline.telephony.SmsSender;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The SMS gateway over HTTP: {@code POST <gateway-url>} with JSON {@code {"reference","to","text"}}, signed like the
 * inbound callback ({@code X-Hotline-Timestamp}, {@code X-Hotline-Signature} = HMAC-SHA256 with
 * {@code hotline.channel.sms.secret}); any 2xx answer means the gateway took it.
 */
@Component
@ConditionalOnExpression("'${hotline.channel.sms.gateway-url:}' != '' and '${hotline.channel.sms.secret:}' != ''")
class HttpSmsSender implements SmsSender {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChannelProperties properties;
    private final HttpClient http;

    HttpSmsSender(ChannelProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.getSms().getTimeout()).build();
    }

    @Override
    public void send(String reference, String phone, String text) {
        if (reference == null || reference.isBlank() || reference.length() > 64 || phone == null || text == null
                || text.isBlank() || text.length() > 500) {
            throw new IllegalArgumentException("reference 1..64, phone and text 1..500 characters are required");
        }
        Map<String, String> message = new LinkedHashMap<>();
        message.put("reference", reference);
        message.put("to", phone);
        message.put("text", text);
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.getSms().getGatewayUrl()))
            .timeout(properties.getSms().getTimeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header("X-Hotline-Timestamp", timestamp)
            .header("X-Hotline-Signature", HexFormat.of().formatHex(
                HmacSignedRequests.sign(properties.getSms().getSecret(), timestamp, body)))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmsDeliveryException("SMS gateway unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("interrupted while sending", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new SmsDeliveryException("SMS gateway answered " + response.statusCode());
        }
    }
}
