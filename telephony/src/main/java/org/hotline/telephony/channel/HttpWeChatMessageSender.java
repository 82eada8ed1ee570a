package org.hotline.telephony.channel;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.telephony.CitizenNotice;
import org.hotline.telephony.NoticeDeliveryException;
import org.hotline.telephony.WeChatMessageSender;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * WeChat's customer-service message API over HTTP: {@code GET <api-url>/cgi-bin/token} for the access token (cached
 * until five minutes before it expires), {@code POST <api-url>/cgi-bin/message/custom/send} with
 * {@code {"touser","msgtype":"text","text":{"content"}}}. An answer with errcode 40001, 40014 or 42001 (token invalid
 * or expired, e.g. fetched anew by another server) drops the cached token and the message is sent once more. An
 * answer with errcode 45015 (48 hours since the citizen last wrote), 45047 (too many messages since), 43004 (the
 * citizen no longer follows the account) or 40003 (no such openid) is a refusal that retrying cannot change.
 */
@Component
@ConditionalOnExpression("'${hotline.channel.wechat.app-id:}' != '' and '${hotline.channel.wechat.app-secret:}' != ''")
class HttpWeChatMessageSender implements WeChatMessageSender {

    static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);
    static final Set<Integer> PERMANENT_REFUSALS = Set.of(45015, 45047, 43004, 40003);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MARGIN = Duration.ofMinutes(5);

    private final ChannelProperties.WeChatSettings settings;
    private final HttpClient http;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    HttpWeChatMessageSender(ChannelProperties properties) {
        this.settings = properties.getWechat();
        this.http = HttpClient.newBuilder().connectTimeout(settings.getTimeout()).build();
    }

    @Override
    public void sendText(String openid, String text) {
        if (openid == null || openid.isBlank() || text == null || text.isBlank()
                || text.length() > CitizenNotice.MAX_TEXT) {
            throw new IllegalArgumentException("openid and text 1..500 characters are required");
        }
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(Map.of("touser", openid, "msgtype", "text", "text", Map.of("content", text)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String used = token();
        JsonNode answer = send(used, body);
        if (TOKEN_ERRORS.contains(answer.path("errcode").asInt())) {
            invalidate(used);
            answer = send(token(), body);
        }
        int errcode = answer.path("errcode").asInt();
        if (errcode != 0) {
            String refusal = "WeChat refused the message: errcode " + errcode + " " + answer.path("errmsg").asText();
            throw PERMANENT_REFUSALS.contains(errcode) ? NoticeDeliveryException.permanent(refusal)
                : new NoticeDeliveryException(refusal);
        }
    }

    private JsonNode send(String accessToken, byte[] body) {
        return call(HttpRequest.newBuilder(uri("/cgi-bin/message/custom/send?access_token=" + encode(accessToken)))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The cached token, or a new one when none is cached or it is about to expire. */
    synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        JsonNode answer = call(HttpRequest.newBuilder(uri("/cgi-bin/token?grant_type=client_credential&appid="
            + encode(settings.getAppId()) + "&secret=" + encode(settings.getAppSecret()))).GET());
        String fresh = answer.path("access_token").asText("");
        if (fresh.isBlank()) {
            throw new NoticeDeliveryException("WeChat gave no access token: errcode " + answer.path("errcode").asInt()
                + " " + answer.path("errmsg").asText());
        }
        long seconds = answer.path("expires_in").asLong(7200);
        token = fresh;
        tokenExpires = Instant.now().plusSeconds(seconds).minus(MARGIN);
        return token;
    }

    /** Drops the token WeChat called invalid, unless another thread has already replaced it. */
    private synchronized void invalidate(String rejected) {
        if (rejected.equals(token)) {
            token = null;
        }
    }

    private JsonNode call(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(settings.getTimeout()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NoticeDeliveryException("WeChat API unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoticeDeliveryException("interrupted while calling WeChat", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new NoticeDeliveryException("WeChat API answered HTTP " + response.statusCode());
        }
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new NoticeDeliveryException("WeChat API answered no JSON");
        }
    }

    private URI uri(String pathAndQuery) {
        String base = settings.getApiUrl().endsWith("/") ? settings.getApiUrl().substring(0,
            settings.getApiUrl().length() - 1) : settings.getApiUrl();
        return URI.create(base + pathAndQuery);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
