package org.hotline.telephony.queue;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The waiting callers of the embedded default (one node). */
final class InProcessWaitingStore implements WaitingStore {

    private final Map<String, Instant> waiting = new ConcurrentHashMap<>();

    @Override
    public void add(String callId, Instant since) {
        waiting.putIfAbsent(callId, since);
    }

    @Override
    public void remove(String callId) {
        waiting.remove(callId);
    }

    @Override
    public void forgetBefore(Instant horizon) {
        waiting.values().removeIf(since -> since.isBefore(horizon));
    }

    @Override
    public int count() {
        return waiting.size();
    }

    @Override
    public Instant oldest() {
        return waiting.values().stream().min(Instant::compareTo).orElse(null);
    }
}
