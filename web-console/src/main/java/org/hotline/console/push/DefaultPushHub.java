package org.hotline.console.push;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.security.ConsoleRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Stores each message, then hands it to the bus (after the caller's transaction commits, if there is one). */
final class DefaultPushHub implements PushHub {

    private static final Logger log = LoggerFactory.getLogger(DefaultPushHub.class);
    private static final int MAX_TARGET_LENGTH = 64;
    private static final int MAX_PAYLOAD_BYTES = 60_000;

    private final PushMessageStore store;
    private final PushBus bus;
    private final PushFrames frames;
    private final Clock clock;

    DefaultPushHub(PushMessageStore store, PushBus bus, PushFrames frames, Clock clock) {
        this.store = store;
        this.bus = bus;
        this.frames = frames;
        this.clock = clock;
    }

    @Override
    public long sendToUser(String username, PushMessage message) {
        return send(TargetKind.USER, target(username, "username"), message);
    }

    @Override
    public long sendToRole(ConsoleRole role, PushMessage message) {
        if (role == null) {
            throw new IllegalArgumentException("role must not be null");
        }
        return send(TargetKind.ROLE, role.name(), message);
    }

    @Override
    public List<Long> sendAllToRole(ConsoleRole role, List<PushMessage> messages) {
        if (role == null || messages == null) {
            throw new IllegalArgumentException("role and messages must not be null");
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<JsonNode> payloads = new ArrayList<>(messages.size());
        List<NewPushMessage> stored = new ArrayList<>(messages.size());
        for (PushMessage message : messages) {
            JsonNode payload = payloadOf(message);
            payloads.add(payload);
            stored.add(new NewPushMessage(TargetKind.ROLE, role.name(), message.type(), payloadJson(message, payload),
                at));
        }
        if (stored.isEmpty()) {
            return List.of();
        }
        try {
            store.insertAll(stored);
        } catch (DataAccessException e) {
            throw new PushFailedException(messages.size() + " push messages could not be stored", e);
        }
        List<Long> ids = new ArrayList<>(stored.size());
        List<PushEnvelope> envelopes = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            long id = stored.get(i).getId();
            ids.add(id);
            envelopes.add(new PushEnvelope(id, TargetKind.ROLE, role.name(),
                frames.message(id, messages.get(i).type(), at, payloads.get(i))));
        }
        afterCommit(() -> {
            for (int i = 0; i < envelopes.size(); i++) {
                publish(envelopes.get(i), messages.get(i).type());
            }
        });
        return ids;
    }

    @Override
    public long sendToDepartment(String departmentCode, PushMessage message) {
        return send(TargetKind.DEPARTMENT, target(departmentCode, "departmentCode"), message);
    }

    @Override
    public void sendLiveToRole(ConsoleRole role, PushMessage message) {
        if (role == null) {
            throw new IllegalArgumentException("role must not be null");
        }
        JsonNode payload = payloadOf(message);
        payloadJson(message, payload);
        publish(new PushEnvelope(PushEnvelope.LIVE_ONLY, TargetKind.ROLE, role.name(),
            frames.liveMessage(message.type(), clock.instant(), payload)), message.type());
    }

    private long send(TargetKind kind, String target, PushMessage message) {
        JsonNode payload = payloadOf(message);
        String payloadJson = payloadJson(message, payload);
        // Whole seconds: the JDBC URL's sendFractionalSeconds=false (needed by Camunda) stores no fraction, and a
        // replayed message must carry the same "at" as its live delivery.
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long id;
        try {
            id = store.insert(kind, target, message.type(), payloadJson, at);
        } catch (DataAccessException e) {
            throw new PushFailedException("push message " + message.type() + " could not be stored", e);
        }
        PushEnvelope envelope = new PushEnvelope(id, kind, target, frames.message(id, message.type(), at, payload));
        afterCommit(() -> publish(envelope, message.type()));
        return id;
    }

    /** Runs the delivery after the caller's transaction commits, or at once outside a transaction. */
    private static void afterCommit(Runnable delivery) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.run();
                }
            });
        } else {
            delivery.run();
        }
    }

    private JsonNode payloadOf(PushMessage message) {
        if (message == null) {
            throw new IllegalArgumentException("message must not be null");
        }
        JsonNode payload = frames.mapper().valueToTree(message.payload());
        if (!payload.isObject()) {
            throw new IllegalArgumentException("payload of a " + message.type() + " message must be a JSON object");
        }
        return payload;
    }

    private String payloadJson(PushMessage message, JsonNode payload) {
        String payloadJson;
        try {
            payloadJson = frames.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload of a " + message.type() + " message cannot be written", e);
        }
        if (payloadJson.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("payload of a " + message.type() + " message exceeds "
                    + MAX_PAYLOAD_BYTES + " bytes");
        }
        return payloadJson;
    }

    private void publish(PushEnvelope envelope, String type) {
        log.debug("push message {} ({}) to {}", envelope.id(), type, envelope.targetKind());
        try {
            bus.publish(envelope);
        } catch (RuntimeException e) {
            // Stored already: clients get it when they resume. Never fail the sender's committed work for this.
            log.warn("push message {} ({}) stored but not delivered live: {}", envelope.id(), type, e.toString());
        }
    }

    private static String target(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > MAX_TARGET_LENGTH) {
            throw new IllegalArgumentException(name + " must have 1 to " + MAX_TARGET_LENGTH + " characters");
        }
        return value;
    }
}
