package org.hotline.console.push;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays to a (re)connected session the messages it missed after a given id, then ends with a {@code resumed}
 * frame. Live messages arriving meanwhile are held by the connection and follow the replay. Thread-safe.
 */
final class PushCatchUp {

    private static final Logger log = LoggerFactory.getLogger(PushCatchUp.class);

    private final PushMessageStore store;
    private final PushFrames frames;
    private final int limit;

    PushCatchUp(PushMessageStore store, PushFrames frames, PushProperties properties) {
        this.store = store;
        this.frames = frames;
        this.limit = properties.getCatchUpLimit();
    }

    /**
     * Replays at a client's request and ends with a {@code resumed} frame. The connection must already hold live
     * messages back ({@link PushConnection#beginCatchUp()}).
     */
    void replay(PushConnection connection, long after) {
        replay(connection, after, true);
    }

    /**
     * Replays without being asked, after this node missed messages of other nodes (a bus outage): only what the
     * session has not been sent yet, and no {@code resumed} frame.
     */
    void recover(PushConnection connection, long after) {
        connection.beginCatchUp();
        replay(connection, after, false);
    }

    private void replay(PushConnection connection, long after, boolean announce) {
        List<StoredPushMessage> missed;
        try {
            missed = store.findAfter(connection.user(), after, limit + 1);
        } catch (RuntimeException e) {
            log.warn("catch-up after {} failed for push session {}: {}", after, connection.id(), e.toString());
            connection.endCatchUp(List.of(), List.of(), announce ? frames.resumed(after, after, 0, false) : null);
            return;
        }
        boolean complete = missed.size() <= limit;
        if (!complete) {
            missed = missed.subList(0, limit);
        }
        List<String> missedFrames = new ArrayList<>(missed.size());
        for (StoredPushMessage message : missed) {
            missedFrames.add(frames.message(message));
        }
        long through = missed.isEmpty() ? after : missed.get(missed.size() - 1).id();
        connection.endCatchUp(missed, missedFrames,
                announce ? frames.resumed(after, through, missed.size(), complete) : null);
        log.debug("push session {} caught up {} messages after {}", connection.id(), missed.size(), after);
    }
}
