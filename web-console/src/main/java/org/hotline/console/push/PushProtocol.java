package org.hotline.console.push;

import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads what a client sends: {@code typing} (agent endpoint only), {@code resume} and {@code ping}. Anything
 * malformed, unknown, too long or too frequent is answered with an {@code error} frame; the socket stays open.
 * Thread-safe.
 */
final class PushProtocol {

    private static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final ObjectMapper mapper;
    private final PushFrames frames;
    private final SuggestionDispatcher suggestions;
    private final PushCatchUp catchUp;
    private final int maxTextLength;

    PushProtocol(PushFrames frames, SuggestionDispatcher suggestions, PushCatchUp catchUp, PushProperties properties) {
        this.mapper = frames.mapper();
        this.frames = frames;
        this.suggestions = suggestions;
        this.catchUp = catchUp;
        this.maxTextLength = properties.getMaxTextLength();
    }

    void onText(PushConnection connection, String text) {
        if (!connection.rateLimit().tryAcquire()) {
            if (connection.rateLimit().shouldReportRefusal()) {
                connection.reply(frames.error(PushErrorCode.RATE_LIMITED, "too many messages, slow down"));
            }
            return;
        }
        JsonNode message;
        try {
            message = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            connection.reply(frames.error(PushErrorCode.BAD_JSON, "a message must be a JSON object"));
            return;
        }
        if (message == null || !message.isObject()) {
            connection.reply(frames.error(PushErrorCode.BAD_JSON, "a message must be a JSON object"));
            return;
        }
        JsonNode type = message.get("type");
        if (type == null || !type.isTextual()) {
            connection.reply(frames.error(PushErrorCode.BAD_REQUEST, "field type is required"));
            return;
        }
        switch (type.asText()) {
            case "typing" -> typing(connection, message);
            case "resume" -> resume(connection, message);
            case "ping" -> connection.reply(frames.pong());
            default -> connection.reply(frames.error(PushErrorCode.UNKNOWN_TYPE, "unknown message type"));
        }
    }

    private void typing(PushConnection connection, JsonNode message) {
        if (connection.path() != PushPath.AGENT) {
            connection.reply(frames.error(PushErrorCode.UNKNOWN_TYPE, "typing is accepted on /ws/agent only"));
            return;
        }
        JsonNode seq = message.get("seq");
        if (seq == null || !seq.canConvertToExactIntegral() || !seq.canConvertToLong() || seq.asLong() < 0) {
            connection.reply(frames.error(PushErrorCode.BAD_REQUEST, "field seq must be a non-negative integer"));
            return;
        }
        JsonNode text = message.get("text");
        if (text == null || !text.isTextual()) {
            connection.reply(frames.error(PushErrorCode.BAD_REQUEST, "field text must be a string"));
            return;
        }
        String typed = text.asText().strip();
        if (typed.codePointCount(0, typed.length()) > maxTextLength) {
            connection.reply(frames.error(PushErrorCode.BAD_REQUEST,
                    "field text must have at most " + maxTextLength + " characters"));
            return;
        }
        JsonNode category = message.get("category");
        String categoryCode = null;
        if (category != null && !category.isNull()) {
            if (!category.isTextual()) {
                connection.reply(frames.error(PushErrorCode.BAD_REQUEST, "field category must be a string"));
                return;
            }
            categoryCode = category.asText().strip();
            if (categoryCode.isEmpty()) {
                categoryCode = null;
            } else if (!CATEGORY.matcher(categoryCode).matches()) {
                connection.reply(frames.error(PushErrorCode.BAD_REQUEST, "field category is not a category code"));
                return;
            }
        }
        suggestions.onTyping(connection, new TypingRequest(seq.asLong(), typed, categoryCode));
    }

    private void resume(PushConnection connection, JsonNode message) {
        JsonNode after = message.get("after");
        if (after == null || !after.canConvertToExactIntegral() || !after.canConvertToLong() || after.asLong() < 0) {
            connection.reply(frames.error(PushErrorCode.BAD_REQUEST, "field after must be a non-negative integer"));
            return;
        }
        connection.beginCatchUp();
        catchUp.replay(connection, after.asLong());
    }
}
