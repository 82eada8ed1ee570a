package org.hotline.console.push;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes the JSON text frames of the socket protocol. Thread-safe. */
final class PushFrames {

    private final ObjectMapper mapper;

    PushFrames(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** {@code {"type":…,"id":…,"at":…,"payload":{…}}} */
    String message(long id, String type, Instant at, JsonNode payload) {
        ObjectNode frame = mapper.createObjectNode();
        frame.put("type", type);
        frame.put("id", id);
        frame.put("at", at.toString());
        frame.set("payload", payload);
        return write(frame);
    }

    /** {@code {"type":…,"at":…,"payload":{…}}}: a message that was not stored, so it has no id to resume from */
    String liveMessage(String type, Instant at, JsonNode payload) {
        ObjectNode frame = mapper.createObjectNode();
        frame.put("type", type);
        frame.put("at", at.toString());
        frame.set("payload", payload);
        return write(frame);
    }

    String message(StoredPushMessage stored) {
        try {
            return message(stored.id(), stored.type(), stored.createdAt(), mapper.readTree(stored.payload()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored push message " + stored.id() + " is not JSON", e);
        }
    }

    String suggestions(long seq, String text, List<Suggestion> items) {
        return write(new SuggestionsFrame(seq, text, items));
    }

    String error(PushErrorCode code, String message) {
        return write(new ErrorFrame(code, message));
    }

    String resumed(long after, long through, int count, boolean complete) {
        return write(new ResumedFrame(after, through, count, complete));
    }

    String pong() {
        return "{\"type\":\"pong\"}";
    }

    private String write(Object frame) {
        try {
            return mapper.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a push frame", e);
        }
    }
}
