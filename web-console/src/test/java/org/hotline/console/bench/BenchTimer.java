package org.hotline.console.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a task on parallel threads and reports throughput and latency percentiles, for the benches of this package. */
final class BenchTimer {

    /** One call of the measured work. */
    interface Call {
        /**
         * @param thread 0..threads-1
         * @param i      0..perThread-1
         */
        void run(int thread, int i) throws Exception;
    }

    private BenchTimer() {
    }

    /** @return {@code perSecond}, {@code p50Ms}, {@code p99Ms}, {@code maxMs} over all calls of all threads */
    static Map<String, Object> run(int threads, int perThread, Call call) throws Exception {
        return run(threads, perThread, call, new ArrayList<>(), new double[1]);
    }

    /**
     * As {@link #run(int, int, Call)}, also adding each call's latency (ms) to {@code latencies} and the elapsed
     * seconds to {@code seconds[0]}, so that rounds run apart can be summed up by {@link #figures}.
     */
    static Map<String, Object> run(int threads, int perThread, Call call, List<Double> latencies, double[] seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    double[] times = new double[perThread];
                    for (int i = 0; i < perThread; i++) {
                        long begin = System.nanoTime();
                        call.run(thread, i);
                        times[i] = (System.nanoTime() - begin) / 1e6;
                    }
                    return times;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<double[]> future : futures) {
                Arrays.stream(future.get()).forEach(all::add);
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            latencies.addAll(all);
            seconds[0] += elapsed;
            return figures(all, elapsed);
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the figures of these latencies (ms) measured over {@code seconds} */
    static Map<String, Object> figures(List<Double> latencies, double seconds) {
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("perSecond", round(sorted.length / seconds));
        figures.put("p50Ms", round(sorted[(int) (sorted.length * 0.50)]));
        figures.put("p99Ms", round(sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)]));
        figures.put("maxMs", round(sorted[sorted.length - 1]));
        return figures;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
