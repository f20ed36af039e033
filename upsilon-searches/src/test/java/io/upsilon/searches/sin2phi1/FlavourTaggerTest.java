package io.upsilon.searches.sin2phi1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class FlavourTaggerTest {
    private static final FlavourTagger TOY = new FlavourTagger(
            new double[] {0, 0.5, 1}, new double[] {0.4, 0.6}, new double[] {0.4, 0.1}, new double[] {0.04, -0.02});

    @Test
    void theEffectiveEfficiencyIsTheSumOverBins() {
        // 0.4 (1 - 0.8)^2 + 0.6 (1 - 0.2)^2 = 0.016 + 0.384
        assertThat(TOY.effectiveEfficiency()).isCloseTo(0.400, within(1e-12));
        assertThat(TOY.effectiveEfficiency(1)).isCloseTo(0.384, within(1e-12));
    }

    @Test
    void binFractionsAndMistagRatesFollowTheTable() {
        RandomStream rng = RandomStreams.of(3).stream("tagger-test");
        int n = 200_000;
        int[][] count = new int[2][2];
        int[][] wrong = new int[2][2];
        for (int i = 0; i < n; i++) {
            int truth = i % 2 == 0 ? 1 : -1;
            int[] t = TOY.tag(truth, rng);
            int f = truth == 1 ? 0 : 1;
            count[f][t[1]]++;
            if (t[0] != truth) {
                wrong[f][t[1]]++;
            }
        }
        for (int l = 0; l < 2; l++) {
            double frac = (count[0][l] + count[1][l]) / (double) n;
            double fe = Math.sqrt(TOY.fraction(l) * (1 - TOY.fraction(l)) / n);
            assertThat(frac).isCloseTo(TOY.fraction(l), within(5 * fe));
            for (int f = 0; f < 2; f++) {
                double expected = TOY.wrongTag(l) + (f == 0 ? 1 : -1) * TOY.deltaWrongTag(l) / 2;
                double got = wrong[f][l] / (double) count[f][l];
                double err = Math.sqrt(expected * (1 - expected) / count[f][l]);
                assertThat(got).as("bin %d flavour %d", l, f).isCloseTo(expected, within(5 * err));
            }
        }
    }

    @Test
    void aBadTableIsRejected() {
        assertThatThrownBy(() -> new FlavourTagger(
                        new double[] {0, 1}, new double[] {0.9}, new double[] {0.1}, new double[] {0}))
                .hasMessageContaining("sum to");
        assertThatThrownBy(() -> new FlavourTagger(
                        new double[] {0, 1}, new double[] {1}, new double[] {0.49}, new double[] {0.1}))
                .hasMessageContaining("w +- dw/2");
        assertThatThrownBy(() -> TOY.tag(0, RandomStreams.of(1).stream("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
