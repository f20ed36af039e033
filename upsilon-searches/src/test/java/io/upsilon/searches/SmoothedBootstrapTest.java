package io.upsilon.searches;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class SmoothedBootstrapTest {
    private static final int[] JITTERED = {0};

    /** Two simulated events: x = 1 (weight 10) and x = 5 (weight 30); feature 0 = x + 0.5, feature 1 = id. */
    private static SelectedEvents twoEvents() {
        SelectedEvents mc = new SelectedEvents(2);
        mc.add(11, 1.0, 10.0, new float[] {1.5f, 1f});
        mc.add(12, 5.0, 30.0, new float[] {5.5f, 2f});
        return mc;
    }

    @Test
    void countIsPoissonWithTheExpectedMeanAndPicksFollowTheWeights() {
        RandomStream rng = RandomStreams.of(1).stream("t");
        int draws = 2000;
        long total = 0;
        long second = 0;
        for (int d = 0; d < draws; d++) {
            SelectedEvents r = SmoothedBootstrap.resample(twoEvents(), 4.0, 0.0, JITTERED, rng);
            total += r.size();
            for (int i = 0; i < r.size(); i++) {
                assertEquals(4.0, r.weight(i));
                second += r.eventNumber(i) == 12 ? 1 : 0;
            }
        }
        // Expected count (10 + 30) / 4 = 10 per draw: the mean of 2000 Poisson(10) draws has an
        // error sqrt(10 / 2000) = 0.071; 5 sigma.
        assertEquals(10.0, total / (double) draws, 5 * Math.sqrt(10.0 / draws));
        // The heavier event is picked with probability 30/40; binomial error on ~20,000 picks.
        double p = second / (double) total;
        assertEquals(0.75, p, 5 * Math.sqrt(0.75 * 0.25 / total));
    }

    @Test
    void kernelMovesTheObservableAndTheListedFeaturesTogether() {
        RandomStream rng = RandomStreams.of(2).stream("t");
        double h = 0.2;
        double sum = 0;
        double sum2 = 0;
        int n = 0;
        for (int d = 0; d < 500; d++) {
            SelectedEvents r = SmoothedBootstrap.resample(twoEvents(), 1.0, h, JITTERED, rng);
            for (int i = 0; i < r.size(); i++) {
                double source = r.eventNumber(i) == 11 ? 1.0 : 5.0;
                double shift = r.observable(i) - source;
                // The jittered feature keeps its offset of 0.5 to the observable (float precision).
                assertEquals(r.observable(i) + 0.5, r.feature(i, 0), 1e-5);
                // The other feature is the picked event's, untouched.
                assertEquals(r.eventNumber(i) == 11 ? 1f : 2f, r.feature(i, 1));
                sum += shift;
                sum2 += shift * shift;
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(sum2 / n - mean * mean);
        // ~20,000 Gaussian shifts: the mean within 5 sigma of 0, the width within 5 sigma of h
        // (error of a standard deviation: h / sqrt(2n)).
        assertEquals(0.0, mean, 5 * h / Math.sqrt(n));
        assertEquals(h, sd, 5 * h / Math.sqrt(2.0 * n));
    }

    @Test
    void sameStreamSameSample() {
        SelectedEvents a = SmoothedBootstrap.resample(twoEvents(), 2.0, 0.1, JITTERED, RandomStreams.of(7).stream("b"));
        SelectedEvents b = SmoothedBootstrap.resample(twoEvents(), 2.0, 0.1, JITTERED, RandomStreams.of(7).stream("b"));
        assertEquals(a.size(), b.size());
        assertTrue(a.size() > 0);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.observable(i), b.observable(i));
            assertArrayEquals(a.features(i), b.features(i));
        }
    }

    @Test
    void silvermanBandwidthOfAGaussianSample() {
        RandomStream rng = RandomStreams.of(3).stream("g");
        SelectedEvents mc = new SelectedEvents(0);
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            // Constant weights 3: n_eff = n.
            mc.add(i, rng.nextGaussian(0.0, 2.0), 3.0, new float[0]);
        }
        // For a Gaussian, IQR / 1.34 = 1.0066 sigma > sigma, so h = 0.9 sigma n^(-1/5); the sample
        // sigma's relative error is 1/sqrt(2n) = 0.5%: 2% tolerance.
        double expected = 0.9 * 2.0 * Math.pow(n, -0.2);
        assertEquals(expected, SmoothedBootstrap.silvermanBandwidth(mc, -100, 100), 0.02 * expected);
        // Events outside the range do not count: an empty range gives 0.
        assertEquals(0.0, SmoothedBootstrap.silvermanBandwidth(mc, 50, 60));
    }

    @Test
    void rejectsBadArguments() {
        RandomStream rng = RandomStreams.of(4).stream("x");
        assertThrows(
                IllegalArgumentException.class, () -> SmoothedBootstrap.resample(twoEvents(), 0, 0.1, JITTERED, rng));
        assertThrows(
                IllegalArgumentException.class, () -> SmoothedBootstrap.resample(twoEvents(), 1, -0.1, JITTERED, rng));
        assertThrows(
                IllegalArgumentException.class,
                () -> SmoothedBootstrap.resample(twoEvents(), 1, 0.1, new int[] {2}, rng));
    }
}
