package org.hotline.console.push;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

    String message(StoredPushMessage stored) {
        try {
            return message(stored.id(), stored.type(), stored.createdAt(), mapper.readTree(stored.payload()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored push message " + stored.id() + " is not JSON", e);
        }
    }

    /** {@code {"type":"suggestions","seq":n,"text":…,"items":[{"entryId","question","snippet","score"}…]}} */
    String suggestions(long seq, String text, List<Suggestion> items) {
        ObjectNode frame = mapper.createObjectNode();
        frame.put("type", "suggestions");
        frame.put("seq", seq);
        frame.put("text", text);
        ArrayNode array = frame.putArray("items");
        for (Suggestion item : items) {
            array.addObject()
                    .put("entryId", item.entryId())
                    .put("question", item.question())
                    .put("snippet", item.snippet())
                    .put("score", item.score());
        }
        return write(frame);
    }

    /** {@code {"type":"error","code":…,"message":…}} */
    String error(PushErrorCode code, String message) {
        ObjectNode frame = mapper.createObjectNode();
        frame.put("type", "error");
        frame.put("code", code.code());
        frame.put("message", message);
        return write(frame);
    }

    /** {@code {"type":"resumed","after":…,"through":…,"count":…,"complete":…}} marks the end of a catch-up. */
    String resumed(long after, long through, int count, boolean complete) {
        ObjectNode frame = mapper.createObjectNode();
        frame.put("type", "resumed");
        frame.put("after", after);
        frame.put("through", through);
        frame.put("count", count);
        frame.put("complete", complete);
        return write(frame);
    }

    String pong() {
        return "{\"type\":\"pong\"}";
    }

    private String write(ObjectNode frame) {
        try {
            return mapper.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a push frame", e);
        }
    }
}
