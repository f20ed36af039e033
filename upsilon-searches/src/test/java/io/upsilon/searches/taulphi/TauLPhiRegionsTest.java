package io.upsilon.searches.taulphi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.searches.SelectedEvents;
import org.junit.jupiter.api.Test;

class TauLPhiRegionsTest {
    @Test
    void resolutionIsTheGaussianWidthAndTheDeltaEWidthsAreAsymmetric() {
        // M Gaussian (1.777, 0.005); Delta E: Gaussian core of 0.02 above the median side and an
        // extra exponential tail below (ISR-like).
        RandomStream rng = RandomStreams.of(21).stream("res");
        SelectedEvents ev = new SelectedEvents(TauLPhiSelection.FEATURES.size());
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            double m = 1.777 + 0.005 * rng.nextGaussian();
            double de = 0.02 * rng.nextGaussian() - (rng.nextDouble() < 0.3 ? 0.1 * rng.nextExponential() : 0);
            ev.add(i, m, 1.0, new float[] {(float) de, 1.019f, 1f});
        }
        TauLPhiSearch.Resolution r = TauLPhiSearch.resolution(ev);
        // Quantile MC error for n = 40000: ~0.6% of sigma; allow 3%.
        assertThat(r.mCentre()).isCloseTo(1.777, within(0.0002));
        assertThat(r.sigmaM()).isCloseTo(0.005, within(0.00015));
        assertThat(r.sigmaDeLow()).isGreaterThan(1.3 * r.sigmaDeHigh());
        // Upper side: the core alone above the median (the median moves down a bit with the tail).
        assertThat(r.sigmaDeHigh()).isBetween(0.015, 0.025);
    }

    @Test
    void yieldsCountTheBoxWithoutTheExcludedRegion() {
        SelectedEvents ev = new SelectedEvents(TauLPhiSelection.FEATURES.size());
        ev.add(0, 1.77, 2.0, new float[] {0f, 1.019f, 1f}); // in the signal region
        ev.add(1, 1.60, 3.0, new float[] {0f, 1.019f, 1f}); // in the sideband
        ev.add(2, 2.10, 5.0, new float[] {0f, 1.019f, 1f}); // outside both
        TauLPhiSearch.Box sr = new TauLPhiSearch.Box(1.76, 1.79, -0.1, 0.05);
        TauLPhiSearch.Box sb = new TauLPhiSearch.Box(1.5, 2.0, -0.6, 0.3);
        assertThat(TauLPhiSearch.yieldIn(ev, sr, null).events()).isEqualTo(2.0);
        TauLPhiSearch.Yield side = TauLPhiSearch.yieldIn(ev, sb, sr);
        assertThat(side.events()).isEqualTo(3.0);
        assertThat(side.error()).isEqualTo(3.0);
        assertThat(side.mcEvents()).isEqualTo(1);
    }
}
