package io.upsilon.analysis.mva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RocCurveTest {
    /**
     * Signal: 0.9 (w 1), 0.7 (w 3), 0.6 (w 1); background: 0.8 (w 2), 0.6 (w 1), 0.2 (w 1). Totals S =
     * 5, B = 4. Points (FPR, TPR) for score >= 0.9, 0.8, 0.7, 0.6, 0.2: (0, .2), (.5, .2), (.5, .8),
     * (.75, 1), (1, 1). Trapezoids: 0.1 + 0.225 + 0.25 = 0.575. Pair count: 0.9 beats all B (1 x 4),
     * 0.7 beats 0.6 and 0.2 (3 x 2), 0.6 ties 0.6 (1 x 1 / 2) and beats 0.2 (1 x 1): 11.5 / 20 = 0.575.
     */
    private static final double[] SCORES = {0.9, 0.8, 0.7, 0.6, 0.6, 0.2};

    private static final int[] LABELS = {1, 0, 1, 0, 1, 0};
    private static final double[] WEIGHTS = {1, 2, 3, 1, 1, 1};

    @Test
    void handComputedWeightedExample() {
        RocCurve roc = RocCurve.of(SCORES, LABELS, WEIGHTS);
        // Sums of a few weights: exact up to a few ulp.
        assertThat(roc.auc()).isCloseTo(0.575, within(1e-12));
        assertThat(roc.thresholds()).containsExactly(Double.POSITIVE_INFINITY, 0.9, 0.8, 0.7, 0.6, 0.2);
        assertThat(roc.falsePositiveRates()).containsExactly(new double[] {0, 0, 0.5, 0.5, 0.75, 1}, within(1e-12));
        assertThat(roc.truePositiveRates()).containsExactly(new double[] {0, 0.2, 0.2, 0.8, 1, 1}, within(1e-12));
    }

    @Test
    void weightsMatter() {
        double[] unit = {1, 1, 1, 1, 1, 1};
        // Unweighted: 0.9 beats 3; 0.7 beats 2; 0.6 ties 1 and beats 1: (3 + 2 + 1.5) / 9.
        assertThat(RocCurve.of(SCORES, LABELS, unit).auc()).isCloseTo(6.5 / 9, within(1e-12));
    }

    @Test
    void perfectInvertedAndConstantScores() {
        int[] labels = {1, 1, 0, 0};
        double[] w = {1, 1, 1, 1};
        assertThat(RocCurve.of(new double[] {4, 3, 2, 1}, labels, w).auc()).isEqualTo(1.0);
        assertThat(RocCurve.of(new double[] {1, 2, 3, 4}, labels, w).auc()).isEqualTo(0.0);
        assertThat(RocCurve.of(new float[] {5, 5, 5, 5}, labels, w).auc()).isEqualTo(0.5);
    }

    @Test
    void badInputsAreRejected() {
        assertThatThrownBy(() -> RocCurve.of(new double[] {1, 2}, new int[] {1}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("equal lengths");
        assertThatThrownBy(() -> RocCurve.of(new double[] {1, 2}, new int[] {1, 1}, new double[] {1, 1}))
                .hasMessageContaining("both signal");
        assertThatThrownBy(() -> RocCurve.of(new double[] {Double.NaN, 2}, new int[] {1, 0}, new double[] {1, 1}))
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> RocCurve.of(new double[] {1, 2}, new int[] {1, 0}, new double[] {1, -1}))
                .hasMessageContaining("weight 1");
    }
}
