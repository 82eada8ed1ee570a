package org.hotline.workflow.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Surge detection ({@code hotline.analytics.surge.*}): an hour's tickets of one category in one district are a
 * surge when they are at least {@code min-count} and exceed the expected count (the mean of the same hour of day
 * over the previous {@code weeks} × 7 days) by more than {@code margin} (0.5 = 50 %).
 */
@ConfigurationProperties("hotline.analytics.surge")
public class SurgeProperties {
    private double margin = 0.5;
    private int minCount = 5;
    private int weeks = 4;

    public double getMargin() {
        return margin;
    }

    public void setMargin(double margin) {
        if (margin < 0 || margin > 100) {
            throw new IllegalArgumentException("hotline.analytics.surge.margin must be 0..100");
        }
        this.margin = margin;
    }

    public int getMinCount() {
        return minCount;
    }

    public void setMinCount(int minCount) {
        if (minCount < 1) {
            throw new IllegalArgumentException("hotline.analytics.surge.min-count must be at least 1");
        }
        this.minCount = minCount;
    }

    public int getWeeks() {
        return weeks;
    }

    public void setWeeks(int weeks) {
        if (weeks < 1 || weeks > 52) {
            throw new IllegalArgumentException("hotline.analytics.surge.weeks must be 1..52");
        }
        this.weeks = weeks;
    }

    /** @return the number of reference days (the same hour of each) */
    int days() {
        return weeks * 7;
    }
}
