package org.hotline.console.push;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import org.hotline.console.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One authenticated socket. Frames leave in the order they were queued, one asynchronous send at a time, so a slow
 * client never blocks the thread that pushes; a client whose queue exceeds {@code maxOutbox} is closed with 1013 and
 * catches up when it reconnects. While a catch-up runs, live messages are held back and sent after the missed ones.
 * The ids of the last messages sent are remembered, so a message that reaches the session twice (replayed and live,
 * or recovered after a bus outage) is sent once. Thread-safe.
 */
final class PushConnection {

    private static final Logger log = LoggerFactory.getLogger(PushConnection.class);
    private static final int REMEMBERED_IDS = 512;

    private final Session session;
    private final CurrentUser user;
    private final PushPath path;
    private final int maxOutbox;
    private final RateLimit rateLimit;
    private final TypingState typing = new TypingState();

    private final Object lock = new Object();
    private final Deque<String> outbox = new ArrayDeque<>();
    private boolean sending;
    private boolean sendInProgress;
    private boolean completedInline;
    private boolean closed;
    private List<PushEnvelope> held;
    private final LinkedHashSet<Long> sentIds = new LinkedHashSet<>();

    PushConnection(Session session, CurrentUser user, PushPath path, int maxOutbox, int maxMessagesPerSecond) {
        this.session = session;
        this.user = user;
        this.path = path;
        this.maxOutbox = maxOutbox;
        this.rateLimit = new RateLimit(maxMessagesPerSecond);
    }

    CurrentUser user() {
        return user;
    }

    PushPath path() {
        return path;
    }

    String id() {
        return session.getId();
    }

    TypingState typing() {
        return typing;
    }

    RateLimit rateLimit() {
        return rateLimit;
    }

    /** A live message from the hub. */
    void deliver(PushEnvelope envelope) {
        synchronized (lock) {
            if (held != null) {
                held.add(envelope);
            } else {
                enqueueMessage(envelope.id(), envelope.frame());
            }
        }
    }

    /** A reply of the protocol (suggestions, errors), not stored and never held back. */
    void reply(String frame) {
        synchronized (lock) {
            enqueue(frame);
        }
    }

    /** Holds live messages back until {@link #endCatchUp}. */
    void beginCatchUp() {
        synchronized (lock) {
            if (held == null) {
                held = new ArrayList<>();
            }
        }
    }

    /**
     * Sends the missed frames not sent yet, then the end-of-catch-up frame (if not null), then the live messages held
     * meanwhile.
     */
    void endCatchUp(List<StoredPushMessage> missed, List<String> missedFrames, String resumedFrame) {
        synchronized (lock) {
            for (int i = 0; i < missed.size(); i++) {
                enqueueMessage(missed.get(i).id(), missedFrames.get(i));
            }
            if (resumedFrame != null) {
                enqueue(resumedFrame);
            }
            List<PushEnvelope> live = held == null ? List.of() : held;
            held = null;
            for (PushEnvelope envelope : live) {
                enqueueMessage(envelope.id(), envelope.frame());
            }
        }
    }

    void close(CloseReason reason) {
        markClosed();
        closeSession(reason);
    }

    void markClosed() {
        synchronized (lock) {
            closed = true;
            outbox.clear();
        }
    }

    private void enqueueMessage(long id, String frame) {
        if (id == PushEnvelope.LIVE_ONLY) {
            enqueue(frame);
            return;
        }
        if (!sentIds.add(id)) {
            return;
        }
        if (sentIds.size() > REMEMBERED_IDS) {
            Iterator<Long> oldest = sentIds.iterator();
            oldest.next();
            oldest.remove();
        }
        enqueue(frame);
    }

    private void enqueue(String frame) {
        if (closed) {
            return;
        }
        if (outbox.size() >= maxOutbox) {
            log.warn("push session {} of {} too slow ({} frames queued), closing it", id(), path, outbox.size());
            closed = true;
            outbox.clear();
            closeSession(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow, reconnect to catch up"));
            return;
        }
        outbox.add(frame);
        if (!sending) {
            sendNext();
        }
    }

    private void sendNext() {
        // Iterative rather than recursive: a send may complete on this very thread, inside sendText.
        while (true) {
            String frame = outbox.poll();
            if (frame == null) {
                sending = false;
                return;
            }
            sending = true;
            sendInProgress = true;
            completedInline = false;
            try {
                session.getAsyncRemote().sendText(frame, this::sent);
            } catch (RuntimeException e) {
                log.debug("push session {} send failed: {}", id(), e.getMessage());
                failed();
                return;
            } finally {
                sendInProgress = false;
            }
            if (!completedInline) {
                return;
            }
        }
    }

    private void sent(SendResult result) {
        synchronized (lock) {
            if (!result.isOK()) {
                log.debug("push session {} send failed: {}", id(), String.valueOf(result.getException()));
                failed();
                return;
            }
            if (sendInProgress) {
                completedInline = true;
                return;
            }
            sendNext();
        }
    }

    private void failed() {
        closed = true;
        outbox.clear();
        sending = false;
    }

    private void closeSession(CloseReason reason) {
        closeQuietly(session, reason);
    }

    static void closeQuietly(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException e) {
            log.debug("push session {} did not close cleanly: {}", session.getId(), e.getMessage());
        }
    }
}
