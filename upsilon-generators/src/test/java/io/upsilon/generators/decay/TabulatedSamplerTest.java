package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The guide-table bin search of {@link TabulatedSampler} against the plain binary search it
 * replaced (the first bin whose cumulative envelope exceeds u, else the last): the two must agree
 * exactly for every u, or the sampled values (and every event downstream) would change.
 */
class TabulatedSamplerTest {
    /** The binary search the sampler used before the guide table. */
    private static int binarySearch(double[] cumulative, double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The cumulative envelope the sampler builds (same arithmetic: safety 1.2, 7 points per bin). */
    private static double[] cumulative(java.util.function.DoubleUnaryOperator f, double a, double b, int bins) {
        double w = (b - a) / bins;
        double[] c = new double[bins];
        double sum = 0;
        for (int i = 0; i < bins; i++) {
            double max = 0;
            for (int k = 0; k <= 6; k++) {
                max = Math.max(max, f.applyAsDouble(a + w * (i + k / 6.0)));
            }
            sum += 1.2 * max * w;
            c[i] = sum;
        }
        return c;
    }

    private static void assertSameBins(java.util.function.DoubleUnaryOperator f, double a, double b, int bins) {
        TabulatedSampler sampler = new TabulatedSampler(f, a, b, bins);
        double[] c = cumulative(f, a, b, bins);
        double total = c[bins - 1];
        RandomStream rng = RandomStreams.of(11).stream("bins");
        for (int n = 0; n < 200_000; n++) {
            double u = rng.nextDouble() * total;
            assertThat(sampler.bin(u)).as("u = %s", u).isEqualTo(binarySearch(c, u));
        }
        // the edges: 0, every cumulative value and its neighbours, the total and beyond it
        assertThat(sampler.bin(0)).isEqualTo(binarySearch(c, 0));
        for (double v : c) {
            for (double u : new double[] {Math.nextDown(v), v, Math.nextUp(v)}) {
                assertThat(sampler.bin(u)).as("u = %s", u).isEqualTo(binarySearch(c, u));
            }
        }
        assertThat(sampler.bin(Math.nextUp(total))).isEqualTo(bins - 1);
    }

    @Test
    void guideTableFindsTheBinarySearchBinForAPeakedDensity() {
        // a narrow Breit-Wigner-like peak: most bins are tiny, a few hold most of the envelope
        assertSameBins(x -> 1 / ((x - 0.6) * (x - 0.6) + 1e-4), 0.07, 3.16, 1000);
    }

    @Test
    void guideTableFindsTheBinarySearchBinWithEmptyBins() {
        // zero density on most of the range: runs of equal cumulative sums (ties)
        assertSameBins(x -> x > 0.3 && x < 0.35 || x > 0.8 ? 1 : 0, 0, 1, 600);
        assertSameBins(x -> 1, 0, 1, 1);
    }

    @Test
    void samplesStayInTheRangeAndFollowTheDensity() {
        // f(x) = x on [0, 1]: mean 2/3, standard error of 1e5 draws sqrt(1/18 / 1e5) = 7.5e-4
        TabulatedSampler sampler = new TabulatedSampler(x -> x, 0, 1, 50);
        RandomStream rng = RandomStreams.of(12).stream("linear");
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            double x = sampler.sample(rng);
            assertThat(x).isBetween(0.0, 1.0);
            sum += x;
        }
        assertThat(Math.abs(sum / n - 2.0 / 3)).isLessThan(5 * 7.5e-4);
        assertThat(sampler.envelopeViolations()).isZero();
    }
}
