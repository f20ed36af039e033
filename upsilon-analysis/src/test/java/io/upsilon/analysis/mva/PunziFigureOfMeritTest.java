package io.upsilon.analysis.mva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class PunziFigureOfMeritTest {
    @Test
    void formulaByHand() {
        // 0.5 / (1.645 / 2 + sqrt 4) = 0.5 / 2.8225
        assertThat(new PunziFigureOfMerit().value(0.5, 4)).isCloseTo(0.5 / 2.8225, within(1e-15));
        assertThat(new PunziFigureOfMerit(2).value(0.5, 4)).isCloseTo(1.0 / 6, within(1e-15));
        assertThat(new PunziFigureOfMerit(3).value(1, 0)).isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void optimumMatchesABruteForceScanOnAToy() {
        // Toy: signal scores ~ N(0.7, 0.15), background ~ N(0.3, 0.2), 2000 each; background
        // luminosity weights 0.05 (100 expected events in total), signal weights 1.
        RandomStream rng = RandomStreams.of(3).child("punzi").stream("toy");
        int n = 4000;
        double[] scores = new double[n];
        int[] labels = new int[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            scores[i] = labels[i] == 1 ? rng.nextGaussian(0.7, 0.15) : rng.nextGaussian(0.3, 0.2);
            weights[i] = labels[i] == 1 ? 1.0 : 0.05;
        }
        PunziFigureOfMerit punzi = new PunziFigureOfMerit();
        PunziFigureOfMerit.Optimum best = punzi.optimise(scores, labels, weights);

        // Brute force: every score as the cut, sums recomputed from scratch for each.
        double bruteCut = Double.NaN;
        double bruteValue = Double.NEGATIVE_INFINITY;
        double sTotal = 2000;
        for (double c : scores) {
            double s = 0;
            double b = 0;
            for (int i = 0; i < n; i++) {
                if (scores[i] >= c) {
                    if (labels[i] == 1) {
                        s += weights[i];
                    } else {
                        b += weights[i];
                    }
                }
            }
            double v = punzi.value(s / sTotal, b);
            if (v > bruteValue) {
                bruteValue = v;
                bruteCut = c;
            }
        }
        assertThat(best.cut()).isEqualTo(bruteCut);
        // The sums differ only in summation order: agreement to ~1e-13 relative.
        assertThat(best.figureOfMerit()).isCloseTo(bruteValue, within(1e-12));
        assertThat(best.figureOfMerit())
                .isCloseTo(punzi.value(best.signalEfficiency(), best.background()), within(1e-15));
        // A sensible optimum for this toy: a cut between the two means keeping most signal.
        assertThat(best.cut()).isBetween(0.4, 0.9);
        assertThat(best.signalEfficiency()).isBetween(0.3, 1.0);
    }

    @Test
    void aMinimumBackgroundCountKeepsCutsWhoseBackgroundIsMeasured() {
        // Signal at scores 0.9, 0.8; background at 0.7 (x3), 0.1 (x5), heavy weights 10 each. Without a
        // minimum the best cut (0.8) keeps no simulated background; with at least 3 background events
        // kept, the highest admissible cut is 0.7 (three events, B = 30).
        double[] scores = {0.9, 0.8, 0.7, 0.7, 0.7, 0.1, 0.1, 0.1, 0.1, 0.1};
        int[] labels = {1, 1, 0, 0, 0, 0, 0, 0, 0, 0};
        double[] weights = {1, 1, 10, 10, 10, 10, 10, 10, 10, 10};
        PunziFigureOfMerit punzi = new PunziFigureOfMerit();
        assertThat(punzi.optimise(scores, labels, weights).cut()).isEqualTo(0.8);
        PunziFigureOfMerit.Optimum withMin = punzi.optimise(scores, labels, weights, 3);
        assertThat(withMin.cut()).isEqualTo(0.7);
        assertThat(withMin.background()).isEqualTo(30.0);
        assertThat(withMin.signalEfficiency()).isEqualTo(1.0);
        assertThatThrownBy(() -> punzi.optimise(scores, labels, weights, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no cut keeps 9");
    }

    @Test
    void badInputsAreRejected() {
        assertThatThrownBy(() -> new PunziFigureOfMerit(0)).hasMessageContaining("sigmas");
        assertThatThrownBy(() -> new PunziFigureOfMerit().value(1.5, 1)).hasMessageContaining("efficiency");
        assertThatThrownBy(() -> new PunziFigureOfMerit().value(0.5, -1)).hasMessageContaining("background");
        assertThatThrownBy(() ->
                        new PunziFigureOfMerit().optimise(new double[] {1, 2}, new int[] {0, 0}, new double[] {1, 1}))
                .hasMessageContaining("both signal");
    }
}
