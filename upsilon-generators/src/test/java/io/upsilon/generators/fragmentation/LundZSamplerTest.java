package io.upsilon.generators.fragmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LundZSamplerTest {
    private static final int SAMPLES = 200_000;
    private static final int BINS = 50;

    /** Integral of exp(logDensity) over [lo, hi] by composite Simpson with 400 panels. */
    private static double integral(double lo, double hi, double a, double c, double b) {
        int n = 400;
        double h = (hi - lo) / n;
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double z = lo + i * h;
            double f = z <= 0 || z >= 1
                    ? (z >= 1 && a == 0 ? Math.exp(LundZSampler.logDensity(1 - 1e-15, a, c, b)) : 0)
                    : Math.exp(LundZSampler.logDensity(z, a, c, b));
            s += f * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return s * h / 3;
    }

    /**
     * The sampled z histogram against the normalised f(z) = z^-c (1-z)^a exp(-B/z): chi2 over 50
     * bins (bins with fewer than 5 expected entries merged into their neighbour). Cases: light
     * quark with the Belle II a = 0.32, B = b mT^2 for a pion (b = 0.62, mT^2 = 0.13); charm end
     * with the Lund-Bowler exponent c = 1 + rFactC b m_c^2 (m_c = 1.5) and a D meson's mT; a new
     * diquark (a = 0.32 + 0.97); an old diquark (c = 1 + a - a_old = 0.03); a = 0 (mode at z = 1);
     * tiny and large B.
     */
    @ParameterizedTest
    @CsvSource({
        "0.32, 1.0, 0.0806",
        "0.32, 2.395, 2.29",
        "1.29, 1.97, 0.62",
        "0.32, 0.03, 0.5",
        "0.0, 1.0, 0.1",
        "0.68, 1.0, 0.005",
        "0.32, 1.0, 12.0"
    })
    void sampledZFollowsTheNormalisedLundFunction(double a, double c, double b) {
        RandomStream rng = RandomStreams.of(5L).child("lund-z").stream("a" + a + "c" + c + "b" + b);
        long[] counts = new long[BINS];
        for (int i = 0; i < SAMPLES; i++) {
            double z = LundZSampler.sample(a, c, b, rng);
            assertThat(z).isGreaterThan(0).isLessThan(1);
            counts[Math.min((int) (z * BINS), BINS - 1)]++;
        }
        double norm = 0;
        double[] expected = new double[BINS];
        for (int k = 0; k < BINS; k++) {
            expected[k] = integral((double) k / BINS, (double) (k + 1) / BINS, a, c, b);
            norm += expected[k];
        }
        double chi2 = 0;
        int ndf = -1; // the normalisation is fixed by the total
        double e = 0;
        double o = 0;
        for (int k = 0; k < BINS; k++) {
            e += expected[k] / norm * SAMPLES;
            o += counts[k];
            if (e >= 5 || k == BINS - 1) {
                if (e > 0) {
                    chi2 += (o - e) * (o - e) / e;
                    ndf++;
                }
                e = 0;
                o = 0;
            }
        }
        // chi2 above ndf + 5 sqrt(2 ndf) has a probability below 1e-5 for a correct sampler.
        assertThat(ndf).isGreaterThan(5);
        assertThat(chi2).as("chi2 with %d dof", ndf).isLessThan(ndf + 5 * Math.sqrt(2.0 * ndf));
    }

    @ParameterizedTest
    @CsvSource({"0.32, 1.0, 0.0806", "0.32, 2.395, 2.29", "1.29, 1.97, 0.62", "0.32, 0.03, 0.5"})
    void modeIsTheMaximumOfZTimesF(double a, double c, double b) {
        double mode = LundZSampler.mode(a, c, b);
        double best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < 1_000_000; i++) {
            double z = i / 1e6;
            double v = LundZSampler.logDensity(z, a, c, b) + Math.log(z);
            if (v > bestValue) {
                bestValue = v;
                best = z;
            }
        }
        assertThat(mode).isCloseTo(best, within(2e-6));
    }
}
