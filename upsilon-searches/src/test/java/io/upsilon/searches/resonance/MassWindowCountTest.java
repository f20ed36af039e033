package io.upsilon.searches.resonance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.searches.ClsLimit;
import io.upsilon.searches.SelectedEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class MassWindowCountTest {
    /** Four candidate masses and six features per pair, as x-mumu stores them. */
    private static final int FEATURES = OppositeSignPairs.eventFeatures(6);

    private static SelectedEvents gaussianPeak(double mass, double sigma, int n, RandomStream rng) {
        SelectedEvents ev = new SelectedEvents(FEATURES);
        for (int i = 0; i < n; i++) {
            float[] f = new float[FEATURES];
            f[0] = (float) rng.nextGaussian(mass, sigma); // the right pairing
            f[1] = 9.5f; // its partner, far away
            f[2] = (float) (mass + 2 + rng.nextDouble()); // the wrong pairing
            f[3] = 0.3f;
            ev.add(i, 10.5, 1.0, f);
        }
        return ev;
    }

    @Test
    void resolutionIsTheGaussianWidthOfTheClosestPair() {
        // For a Gaussian, half the 16-84% range is sigma (to 0.5% for the exact quantiles 15.87/84.13%);
        // 20000 events give a further ~1% statistical error: 3% tolerance.
        SelectedEvents ev = gaussianPeak(2.0, 0.01, 20_000, RandomStreams.of(3).stream("peak"));
        assertThat(MassWindowCount.resolution(ev, 2.0)).isCloseTo(0.01, within(3e-4));
    }

    @Test
    void windowCountsSignalAndBackgroundAndTheLimitScalesWithTheYield() {
        RandomStream rng = RandomStreams.of(4).stream("w");
        SelectedEvents sig = gaussianPeak(2.0, 0.01, 10_000, rng);
        MassScan scan = new MassScan(0, 10, 100, 2.0, 0.002, 0.9);
        // generated = 2 x the selected total: the efficiency in a +-2 sigma window is 0.5 x 0.954.
        double generated = 2 * sig.totalWeight();
        SelectedEvents flat = new SelectedEvents(FEATURES);
        for (int i = 0; i < 1000; i++) {
            float[] f = new float[FEATURES];
            f[0] = (float) (1.5 + rng.nextDouble()); // 1000 events flat in [1.5, 2.5): 40 in the 0.04 GeV window
            f[1] = 9f;
            f[2] = 9f;
            f[3] = 9f;
            flat.add(i, 10.5, 1.0, f);
        }
        List<MassWindowCount.Background> bkg = List.of(new MassWindowCount.Background("flat", flat, 0.1));
        MassWindowCount.Window w = MassWindowCount.window(
                2.0,
                0.01,
                scan,
                sig,
                i -> true,
                generated,
                100,
                bkg,
                MassWindowCount.acceptAll(1),
                List.of(flat),
                MassWindowCount.acceptAll(1));
        assertThat(w.lo()).isCloseTo(1.98, within(1e-12));
        assertThat(w.signalYield()).isCloseTo(100 * 0.5 * 0.9545, within(100 * 0.5 * 0.02));
        assertThat(w.totalBackground()).isCloseTo(40, within(4 * Math.sqrt(40)));
        assertThat(w.observed()).isEqualTo(w.totalBackground());
        ClsLimit l1 =
                MassWindowCount.limit(MassWindowCount.workspace("test", "t", w, bkg, 0.05, ""), 0.9, w.signalYield());
        assertThat(l1.converged()).isTrue();
        // The excluded number of signal events is set by the background: twice the yield halves the limit on mu.
        MassWindowCount.Window w2 = new MassWindowCount.Window(
                w.lo(),
                w.hi(),
                w.resolution(),
                2 * w.signalYield(),
                w.background(),
                w.backgroundMcError(),
                w.observed());
        ClsLimit l2 =
                MassWindowCount.limit(MassWindowCount.workspace("test", "t", w2, bkg, 0.05, ""), 0.9, w2.signalYield());
        assertThat(l2.median()).isCloseTo(l1.median() / 2, within(1e-3 * l1.median()));
        // Asymptotic CLs: the median expected limit is Phi^-1(1 - 0.1/2) = 1.645 times the background's standard
        // deviation, sqrt(b + (u b)^2) with b ~ 40 and u = 10% (normalisation) (+) 16% (MC statistics, 1/sqrt(40)):
        // 1.645 sqrt(40 + 7.5^2) = 16 events; +-25% for the signal-efficiency term and the fluctuation of b.
        assertThat(l1.median() * w.signalYield()).isBetween(12.0, 21.0);
    }

    @Test
    void pseudoDataDrawsEachEventAPoissonNumberOfTimesKeepingItsEventNumber() {
        // 2000 events of weight 0.5 and 10 of weight 30: expectation 1300 events, Poisson error ~36; every
        // copy keeps its simulated event's number (so that the classifier stage scores it out of fold).
        SelectedEvents ev = new SelectedEvents(FEATURES);
        for (int i = 0; i < 2010; i++) {
            ev.add(1000 + i, 10.5, i < 2000 ? 0.5 : 30, new float[FEATURES]);
        }
        List<SelectedEvents> parts = MassWindowCount.pseudoData(
                List.of(new MassWindowCount.Background("b", ev, 0.1)),
                RandomStreams.of(5).stream("pseudo-data"),
                FEATURES);
        assertThat(parts).hasSize(1);
        SelectedEvents d = parts.get(0);
        assertThat((double) d.size()).isCloseTo(1300, within(4 * 36.0));
        for (int i = 0; i < d.size(); i++) {
            assertThat(d.eventNumber(i)).isBetween(1000L, 3009L);
            assertThat(d.weight(i)).isEqualTo(1.0);
        }
    }
}
