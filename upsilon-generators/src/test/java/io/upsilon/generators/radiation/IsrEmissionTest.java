package io.upsilon.generators.radiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class IsrEmissionTest {
    private static final double S = 10.58 * 10.58;

    @Test
    void photonAndRecoilingSystemConserveTheCollisionFourMomentum() {
        for (boolean collinear : new boolean[] {false, true}) {
            IsrEmission isr = new IsrEmission(IsrSampler.withoutResonances(), collinear);
            RandomStream rng = RandomStreams.of(4).stream("isr");
            double sqrtS = Math.sqrt(S);
            double[] k = new double[4];
            double[] sys = new double[4];
            int withPhoton = 0;
            for (int i = 0; i < 20_000; i++) {
                double w = isr.sample(rng, S, 0.99);
                assertThat(w).isPositive().isFinite();
                double x = isr.x();
                assertThat(x).isGreaterThan(0).isLessThanOrEqualTo(0.99);
                isr.photon(k, 0);
                if (!isr.hasPhoton()) {
                    // photons below 1 keV are dropped: then s' = s exactly
                    assertThat(isr.sPrime()).isEqualTo(S);
                    continue;
                }
                withPhoton++;
                // s' = s (1 - x) (relative rounding 1e-12)
                assertThat(isr.sPrime()).isCloseTo(S * (1 - x), within(1e-12 * S));
                assertThat(k[3]).isCloseTo(0.5 * x * sqrtS, within(1e-12));
                if (collinear) {
                    assertThat(Math.hypot(k[0], k[1])).isZero();
                }
                // the hard system at rest, boosted to the CM: it and the photon add up to (0, 0, 0, sqrt(s))
                double m = Math.sqrt(isr.sPrime());
                sys[0] = 0;
                sys[1] = 0;
                sys[2] = 0;
                sys[3] = m;
                isr.toCm(sys, 0);
                for (int c = 0; c < 3; c++) {
                    assertThat(sys[c] + k[c]).isCloseTo(0, within(1e-9));
                }
                assertThat(sys[3] + k[3]).isCloseTo(sqrtS, within(1e-9));
            }
            // P(x > 2e-7) = 1 - (2e-7)^beta ~ 0.74 with beta = 0.088: most events carry a photon
            assertThat(withPhoton).isBetween(12_000, 17_000);
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new IsrEmission(null)).isInstanceOf(IllegalArgumentException.class);
        IsrEmission isr = new IsrEmission(IsrSampler.withoutResonances());
        RandomStream rng = RandomStreams.of(1).stream("x");
        assertThatThrownBy(() -> isr.sample(rng, S, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> isr.sample(rng, S, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
