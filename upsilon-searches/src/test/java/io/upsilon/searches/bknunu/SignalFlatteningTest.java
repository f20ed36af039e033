package io.upsilon.searches.bknunu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class SignalFlatteningTest {
    @Test
    void theSignalIsFlatInEtaWhateverItsScoreDistribution() {
        RandomStream rng = RandomStreams.of(5).stream("flattening-test");
        int n = 20000;
        float[] s = new float[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextOpenDouble();
            s[i] = (float) (u * u * u); // piled up at low scores
            w[i] = 0.5 + rng.nextOpenDouble(); // weighted events
        }
        SignalFlattening f = SignalFlattening.of(s, w);
        double total = java.util.Arrays.stream(w).sum();
        double above = 0;
        double[] quarter = new double[4];
        for (int i = 0; i < n; i++) {
            double eta = f.eta(s[i]);
            assertThat(eta).isBetween(0.0, 1.0);
            if (eta > 0.92) {
                above += w[i];
            }
            quarter[Math.min((int) (eta * 4), 3)] += w[i] / total;
        }
        // Exact up to the weight of one event (< 1.5 / total ~ 1e-4).
        assertThat(above / total).isCloseTo(0.08, within(2e-4));
        for (double q : quarter) {
            assertThat(q).isCloseTo(0.25, within(2e-4));
        }
    }

    @Test
    void etaIsMonotoneAndSaturates() {
        SignalFlattening f = SignalFlattening.of(new float[] {0.1f, 0.5f, 0.9f}, new double[] {1, 1, 2});
        assertThat(f.eta(0.0f)).isEqualTo(0.0);
        assertThat(f.eta(0.5f)).isCloseTo(0.25, within(1e-12));
        assertThat(f.eta(0.6f)).isCloseTo(0.5, within(1e-12));
        assertThat(f.eta(0.95f)).isEqualTo(1.0);
    }
}
