package org.hotline.console.push;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Answers agents' typing with suggestions. Per session, the provider is asked at most once per debounce interval:
 * typing after a quiet interval is answered at once, typing within the interval waits for its end and only the
 * newest text is searched. A result is sent only if no newer typing arrived while it was computed, so a client never
 * gets an older sequence number after a newer one. Thread-safe; owns its worker threads until {@link #close()}.
 */
final class SuggestionDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SuggestionDispatcher.class);

    private final ObjectProvider<SuggestionProvider> providers;
    private final PushFrames frames;
    private final long debounceNanos;
    private final int limit;
    private final ScheduledThreadPoolExecutor workers;
    private final AtomicLong staleDropped = new AtomicLong();

    SuggestionDispatcher(ObjectProvider<SuggestionProvider> providers, PushFrames frames, PushProperties properties) {
        this.providers = providers;
        this.frames = frames;
        this.debounceNanos = properties.getDebounce().toNanos();
        this.limit = properties.getSuggestionLimit();
        this.workers = new ScheduledThreadPoolExecutor(Math.max(1, properties.getSuggestionThreads()),
                namedThreads("push-suggest-"));
        this.workers.setRemoveOnCancelPolicy(true);
    }

    void onTyping(PushConnection connection, TypingRequest request) {
        TypingState state = connection.typing();
        synchronized (state) {
            if (request.seq() <= state.latestSeq) {
                return;
            }
            state.latestSeq = request.seq();
            state.pending = request;
            if (state.scheduled) {
                return;
            }
            long delay = state.hasRun ? Math.max(0, state.lastRunNanos + debounceNanos - System.nanoTime()) : 0;
            try {
                workers.schedule(() -> answer(connection), delay, TimeUnit.NANOSECONDS);
                state.scheduled = true;
            } catch (RejectedExecutionException e) {
                log.debug("typing of push session {} ignored: shutting down", connection.id());
            }
        }
    }

    private void answer(PushConnection connection) {
        TypingState state = connection.typing();
        TypingRequest request;
        synchronized (state) {
            request = state.pending;
            state.pending = null;
            state.scheduled = false;
            state.hasRun = true;
            state.lastRunNanos = System.nanoTime();
        }
        if (request == null) {
            return;
        }
        String frame;
        try {
            frame = frames.suggestions(request.seq(), request.text(), suggest(connection, request));
        } catch (RuntimeException e) {
            log.warn("suggestions failed for push session {}: {}", connection.id(), e.toString());
            frame = frames.error(PushErrorCode.SUGGESTIONS_UNAVAILABLE, "suggestions are unavailable");
        }
        synchronized (state) {
            if (request.seq() == state.latestSeq) {
                connection.reply(frame);
            } else {
                staleDropped.incrementAndGet();
            }
        }
    }

    private List<Suggestion> suggest(PushConnection connection, TypingRequest request) {
        if (request.text().isEmpty()) {
            return List.of();
        }
        SuggestionProvider provider = providers.getIfAvailable();
        if (provider == null) {
            throw new IllegalStateException("no SuggestionProvider bean");
        }
        List<Suggestion> items = provider.suggest(connection.user(), request.text(), request.category(), limit);
        return items.size() > limit ? items.subList(0, limit) : items;
    }

    /** How many computed answers were dropped because newer typing had arrived meanwhile. */
    long staleDropped() {
        return staleDropped.get();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    static ThreadFactory namedThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
