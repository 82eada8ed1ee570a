package org.hotline.console.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The hot topics' significance score: a rise on many tickets outranks a larger proportional rise on few. */
class SignificanceTest {

    @Test
    void twoToFourScoresBelowTwoHundredToThreeHundred() {
        double small = Significance.score(4, 2);
        double large = Significance.score(300, 200);

        assertThat(small).isCloseTo(2 / Math.sqrt(6), within(0.001));
        assertThat(large).isCloseTo(100 / Math.sqrt(500), within(0.001));
        assertThat(small).isLessThan(Significance.THRESHOLD);
        assertThat(large).isGreaterThan(Significance.THRESHOLD).isGreaterThan(small);
        assertThat(Significance.change(4, 2)).isEqualTo(1.0);
        assertThat(Significance.change(300, 200)).isEqualTo(0.5);
    }

    @Test
    void aNewTopicHasNoChangeAndNothingScoresZero() {
        assertThat(Significance.change(5, 0)).isNull();
        assertThat(Significance.score(5, 0)).isCloseTo(Math.sqrt(5), within(0.001));
        assertThat(Significance.score(0, 0)).isZero();
        assertThat(Significance.score(3, 5)).isNegative();
    }
}
