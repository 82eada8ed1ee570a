package org.hotline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;

import org.hotline.telephony.TestConcurrency;

/** Assertions on refused requests, and a helper that fires the same request from many threads at once. */
public final class TestProblems {

    private TestProblems() {
    }

    /** The answer is {@code application/problem+json} with this status and code. */
    public static void assertRefused(TestApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.json().path("code").asText()).as(response.toString()).isEqualTo(code);
    }

    /** Runs {@code task} on {@code n} threads released together; the results in submission order. */
    public static <T> List<T> concurrently(int n, Callable<T> task) throws Exception {
        return TestConcurrency.concurrently(n, task);
    }
}
