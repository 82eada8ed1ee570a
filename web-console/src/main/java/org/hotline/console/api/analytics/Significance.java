package org.hotline.console.api.analytics;

/**
 * Whether a count rose beyond chance against the previous period of the same length. Both counts are taken as
 * Poisson; given their sum n, the current count is binomial (n, ½) when nothing changed, so
 * z = (count − previous) / √(count + previous) is its standard score. 2 → 4 scores 0.82, 200 → 300 scores 4.47:
 * the same rise in proportion weighs more on more tickets.
 */
final class Significance {
    /** One-sided 2.5 % (z ≥ 1.96). */
    static final double THRESHOLD = 1.96;

    private Significance() {
    }

    static double score(long count, long previous) {
        long n = count + previous;
        if (n == 0) {
            return 0;
        }
        return Math.round((count - previous) / Math.sqrt(n) * 1000) / 1000.0;
    }

    /** @return the change as a fraction of {@code previous}, or null when previous is 0 */
    static Double change(long count, long previous) {
        return previous == 0 ? null : Math.round((double) (count - previous) / previous * 10000) / 10000.0;
    }
}
