package org.hotline.telephony.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
    private final List<Integer> alone = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aCallerWithNobodyWaitingWritesItsOwnRequestAlone() {
        GroupCommit<Integer, String> commit = new GroupCommit<>(8, 1, this::writeAll, this::writeOne);

        assertThat(commit.submit(1)).isEqualTo("one:1");
        assertThat(commit.submit(2)).isEqualTo("one:2");
        assertThat(batches).isEmpty();
        assertThat(alone).containsExactly(1, 2);
    }

    @Test
    void requestsArrivingWhileABatchIsWrittenAreWrittenTogetherInTheNextOne() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        GroupCommit<Integer, String> commit = new GroupCommit<>(8, 1, this::writeAll, request -> {
            if (request == 0) {
                firstStarted.countDown();
                released(releaseFirst);
            }
            return writeOne(request);
        });
        Future<String> first = pool.submit(() -> commit.submit(0));
        assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
        List<Future<String>> next = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int request = i;
            next.add(pool.submit(() -> commit.submit(request)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> commit.waiting() == 5);
        releaseFirst.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("one:0");
        List<String> answers = new ArrayList<>();
        for (Future<String> future : next) {
            answers.add(future.get(30, TimeUnit.SECONDS));
        }
        assertThat(answers).containsExactly("all:1", "all:2", "all:3", "all:4", "all:5");
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void aFailedBatchIsWrittenOneRequestAtATimeAndOnlyTheBadRequestFails() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        GroupCommit<Integer, String> commit = new GroupCommit<>(8, 1, requests -> {
            batches.add(requests);
            throw new IllegalStateException("conflict in the batch");
        }, request -> {
            if (request == 0) {
                firstStarted.countDown();
                released(releaseFirst);
            }
            if (request == 3) {
                throw new IllegalArgumentException("bad request 3");
            }
            return writeOne(request);
        });
        Future<String> first = pool.submit(() -> commit.submit(0));
        assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
        List<Future<String>> next = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int request = i;
            next.add(pool.submit(() -> commit.submit(request)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> commit.waiting() == 4);
        releaseFirst.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("one:0");
        assertThat(next.get(0).get(30, TimeUnit.SECONDS)).isEqualTo("one:1");
        assertThat(next.get(1).get(30, TimeUnit.SECONDS)).isEqualTo("one:2");
        assertThat(next.get(3).get(30, TimeUnit.SECONDS)).isEqualTo("one:4");
        try {
            next.get(2).get(30, TimeUnit.SECONDS);
            throw new AssertionError("request 3 should have failed");
        } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class).hasMessage("bad request 3");
        }
        assertThat(batches).hasSize(1);
        assertThat(alone).containsExactlyInAnyOrder(0, 1, 2, 4);
    }

    @Test
    void manyConcurrentCallersEachGetTheirOwnAnswerAndBatchesStayWithinTheLimit() throws Exception {
        GroupCommit<Integer, String> commit = new GroupCommit<>(4, 2, this::writeAll, this::writeOne);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int request = i;
            futures.add(pool.submit(() -> {
                released(start);
                return commit.submit(request);
            }));
        }
        start.countDown();
        for (int i = 0; i < 200; i++) {
            assertThat(futures.get(i).get(30, TimeUnit.SECONDS)).endsWith(":" + i);
        }
        assertThat(batches).allMatch(batch -> batch.size() >= 2 && batch.size() <= 4);
        assertThat(batches.stream().mapToInt(List::size).sum() + alone.size()).isEqualTo(200);
    }

    private List<String> writeAll(List<Integer> requests) {
        batches.add(requests);
        return requests.stream().map(r -> "all:" + r).toList();
    }

    private String writeOne(Integer request) {
        alone.add(request);
        return "one:" + request;
    }

    private static void released(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
