package io.upsilon.searches.bkll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStreams;
import io.upsilon.stats.unbinned.DataSet;
import io.upsilon.stats.unbinned.ParameterSet;
import io.upsilon.stats.unbinned.UnbinnedFitResult;
import org.junit.jupiter.api.Test;

/** The 2D fit on samples drawn from its own model (closure). */
class BKllFitTest {
    /** E*_beam of the Y4S preset, 10.5796 / 2 GeV. */
    private static final BKllFit FIT = new BKllFit(5.20, 5.2898, -0.15, 0.10);

    private static final BKllFit.SignalShape SHAPE = new BKllFit.SignalShape(5.2795, 0.0025, 1.5, 0.0, 0.015, 1.8);

    @Test
    void theSignalShapeFitReturnsTheGeneratedShape() {
        DataSet d = BKllFit.sample(FIT.signalShapePdf(SHAPE), 4000, RandomStreams.of(3).stream("shape"));
        BKllFit.SignalShape s = FIT.fitSignal(d);
        // 4000 events: the means to sigma / sqrt(4000) ~ 0.04 MeV (Mbc) and 0.24 MeV (Delta E), the
        // widths to ~2 %; tolerances of about 5 standard errors (the tail parameters are looser).
        assertThat(s.mbcMean()).isCloseTo(5.2795, within(0.0003));
        assertThat(s.mbcSigma()).isCloseTo(0.0025, within(0.0003));
        assertThat(s.deMean()).isCloseTo(0.0, within(0.0015));
        assertThat(s.deSigma()).isCloseTo(0.015, within(0.0015));
        assertThat(s.deAlpha()).isCloseTo(1.8, within(0.5));
    }

    @Test
    void theExtendedFitFindsTheInjectedYieldsAndItsPullsAreUnitGaussian() {
        BKllFit.CombShape comb = new BKllFit.CombShape(-20, -4);
        BKllFit.Model model = FIT.model("t_", SHAPE, comb, 40, 400, 5);
        ParameterSet truth = ParameterSet.of(model.pdf());
        RandomStreams streams = RandomStreams.of(11);
        int n = 40;
        double sum = 0;
        double sum2 = 0;
        for (int k = 0; k < n; k++) {
            DataSet toy = model.toy(truth, streams.stream("toy/" + k));
            UnbinnedFitResult r = model.fit(toy, truth);
            assertThat(r.ok()).as(r.toString()).isTrue();
            double pull = (r.value(model.nSig()) - 40) / r.error(model.nSig());
            sum += pull;
            sum2 += pull * pull;
            // The peaking yield stays fixed.
            assertThat(r.value(model.nPeak())).isEqualTo(5.0);
        }
        double mean = sum / n;
        double width = Math.sqrt(sum2 / n - mean * mean);
        // 40 toys: the mean is known to +-0.16 and the width to +-0.11; 3.5 standard errors.
        assertThat(mean).isBetween(-0.55, 0.55);
        assertThat(width).isBetween(0.6, 1.4);
    }

    @Test
    void aCombinatorialYieldAtItsBoundIsFixedThereAndTheSignalKeepsAnError() {
        BKllFit.Model model = FIT.model("b_", SHAPE, new BKllFit.CombShape(-20, -4), 30, 0, 0);
        DataSet signalOnly = BKllFit.sample(FIT.signalShapePdf(SHAPE), 30, RandomStreams.of(5).stream("only"));
        UnbinnedFitResult r = model.fit(signalOnly);
        assertThat(r.value(model.nComb())).isEqualTo(0.0);
        // Poisson: N = 30 +- sqrt(30).
        assertThat(r.value(model.nSig())).isCloseTo(30, within(0.01));
        assertThat(r.error(model.nSig())).isCloseTo(Math.sqrt(30), within(0.3));
    }
}
