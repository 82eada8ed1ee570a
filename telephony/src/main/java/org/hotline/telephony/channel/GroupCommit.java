package org.hotline.telephony.channel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Writes concurrent requests together: a caller that finds a writer's place free (at most {@code maxWriters} batches
 * are written at once) becomes the writer of every request queued so far (its own included) and writes them as one
 * batch; the others wait for it and return its answer for their request. With nobody else waiting a caller writes its own request at once, so a quiet system
 * pays nothing for this. A batch that fails is written again one request at a time, so one bad request fails only
 * its own caller.
 *
 * <p>Thread-safe. Requests run on the threads of their callers (no thread of its own), so a caller's thread-bound
 * state is not visible to the writer of its batch: callers must not depend on it.
 *
 * @param <T> a request
 * @param <R> its answer
 */
final class GroupCommit<T, R> {

    private final int maxBatch;
    private final int maxWriters;
    private final Function<List<T>, List<R>> writeAll;
    private final Function<T, R> writeOne;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private final ArrayDeque<Pending<T, R>> queue = new ArrayDeque<>();
    private int writers;

    /**
     * @param maxBatch   most requests in one batch
     * @param maxWriters most batches written at the same time
     * @param writeAll writes a batch of two or more requests in one unit that fails as a whole; answers in order
     * @param writeOne writes one request (alone, and each request of a batch that failed)
     */
    GroupCommit(int maxBatch, int maxWriters, Function<List<T>, List<R>> writeAll, Function<T, R> writeOne) {
        if (maxBatch < 1 || maxWriters < 1) {
            throw new IllegalArgumentException("maxBatch and maxWriters must be at least 1");
        }
        this.maxBatch = maxBatch;
        this.maxWriters = maxWriters;
        this.writeAll = writeAll;
        this.writeOne = writeOne;
    }

    /**
     * Writes the request, alone or with others, and returns its answer.
     *
     * @throws RuntimeException what writing this request alone threw
     */
    R submit(T request) {
        Pending<T, R> mine = new Pending<>(request);
        while (true) {
            List<Pending<T, R>> batch;
            lock.lock();
            try {
                if (!mine.queued) {
                    queue.add(mine);
                    mine.queued = true;
                }
                // Wait while the request is in a batch being written, or all writers are busy.
                while (!mine.done && (mine.taken || writers >= maxWriters)) {
                    written.awaitUninterruptibly();
                }
                if (mine.done) {
                    return mine.answer();
                }
                writers++;
                batch = new ArrayList<>(Math.min(queue.size(), maxBatch));
                while (!queue.isEmpty() && batch.size() < maxBatch) {
                    Pending<T, R> next = queue.poll();
                    next.taken = true;
                    batch.add(next);
                }
            } finally {
                lock.unlock();
            }
            try {
                write(batch);
            } finally {
                lock.lock();
                try {
                    writers--;
                    written.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    /** How many requests wait for a writer now. */
    int waiting() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    private void write(List<Pending<T, R>> batch) {
        if (batch.size() > 1) {
            List<R> answers;
            try {
                answers = writeAll.apply(batch.stream().map(p -> p.request).toList());
            } catch (RuntimeException | Error e) {
                answers = null;
            }
            if (answers != null && answers.size() == batch.size()) {
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).succeed(answers.get(i));
                }
                return;
            }
        }
        for (Pending<T, R> pending : batch) {
            try {
                pending.succeed(writeOne.apply(pending.request));
            } catch (RuntimeException | Error e) {
                pending.fail(e);
            }
        }
    }

    /** Guarded by the lock, except {@link #request}; set by the writer before it signals. */
    private static final class Pending<T, R> {
        final T request;
        boolean queued;
        boolean taken;
        volatile boolean done;
        private R answer;
        private Throwable failure;

        Pending(T request) {
            this.request = request;
        }

        void succeed(R value) {
            answer = value;
            done = true;
        }

        void fail(Throwable e) {
            failure = e;
            done = true;
        }

        R answer() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return answer;
        }
    }
}
