package io.upsilon.searches.zprime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.ClsLimit;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SignalGrid;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZPrimeFitTest {
    private static final Axis AXIS = Axis.regular(10, 0, 10);

    private static Hist1D hist(double[] contents, double variance) {
        double[] w = new double[AXIS.bins() + 3];
        double[] w2 = new double[AXIS.bins() + 3];
        for (int i = 0; i < contents.length; i++) {
            w[i + 1] = contents[i];
            w2[i + 1] = contents[i] > 0 ? variance : 0;
        }
        return Hist1D.of(AXIS, w, w2, 1);
    }

    @Test
    void medianExpectedLimitFollowsTheAsimovFormulaForOneBin() {
        // One bin with S = 100 signal events at mu = 1 over B = 1000, no systematics (MC errors
        // negligible). Asymptotically (Cowan et al., EPJC 71 (2011) 1554) the median expected CLs is
        // 2 (1 - Phi(sqrt(q_A))) with q_A = 2 [mu S - B ln(1 + mu S / B)] on the background-only Asimov
        // data; the 90% CL limit solves sqrt(q_A) = Phi^-1(0.95).
        double s = 100;
        double b = 1000;
        double[] sig = new double[10];
        sig[5] = s;
        double[] bkg = {b, b, b, b, b, b, b, b, b, b};
        SelectedEvents ev = new SelectedEvents(0);
        ev.add(0, 5.5, s, new float[0]);
        ZPrimeFit.Window w = ZPrimeFit.window(
                1.0,
                hist(sig, 1e-9),
                ev,
                List.of(new ZPrimeFit.BackgroundHist("bkg", hist(bkg, 1e-9), 0.0)),
                hist(bkg, 1e-9),
                new ZPrimeConfig.Fit(0.0, 1.0, 10, 0.90),
                0.0);
        assertThat(w.edges()).containsExactly(5.0, 6.0);
        assertThat(w.signalYield()).isEqualTo(s);
        assertThat(w.backgroundYield()).isEqualTo(b);
        ClsLimit lim = ZPrimeFit.limit(w.workspace(), 0.90);
        assertThat(lim.converged()).isTrue();
        double target = 1.6448536269514722 * 1.6448536269514722 / 2;
        double lo = 0;
        double hi = 5;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            double f = mid * s - b * Math.log1p(mid * s / b);
            if (f < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // rtol 1e-4 of the root finding, plus the negligible staterror constraint.
        assertThat(lim.expected()[2]).isCloseTo(lo, within(2e-3 * lo));
        // Observed = background expectation exactly: the observed limit equals the median expected.
        assertThat(lim.observed()).isCloseTo(lim.expected()[2], within(2e-3 * lo));
        assertThat(lim.expected()).isSorted();
    }

    @Test
    void binsWithoutBackgroundAreMergedIntoANeighbour() {
        double[] sig = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        double[] bkg = {5, 5, 5, 5, 5, 0, 0, 0, 0, 5};
        SelectedEvents ev = new SelectedEvents(0);
        for (int i = 0; i < 10; i++) {
            ev.add(i, i + 0.5, 1, new float[0]);
        }
        ZPrimeFit.Window w = ZPrimeFit.window(
                2.0,
                hist(sig, 1),
                ev,
                List.of(new ZPrimeFit.BackgroundHist("bkg", hist(bkg, 1), 0.1)),
                hist(bkg, 5),
                new ZPrimeConfig.Fit(0.0, 1.0, 10, 0.90),
                0.05);
        assertThat(w.edges()).containsExactly(0, 1, 2, 3, 4, 5, 10);
        assertThat(w.backgroundYield()).isEqualTo(30);
        assertThat(w.workspace().channels().get(0).samples()).hasSize(2);
    }

    @Test
    void weightedQuantileUsesTheWeights() {
        SelectedEvents ev = new SelectedEvents(0);
        ev.add(0, 3.0, 1, new float[0]);
        ev.add(1, 1.0, 1, new float[0]);
        ev.add(2, 2.0, 8, new float[0]);
        assertThat(ev.observableQuantile(0.05)).isEqualTo(1.0);
        assertThat(ev.observableQuantile(0.5)).isEqualTo(2.0);
        assertThat(ev.observableQuantile(0.95)).isEqualTo(3.0);
    }

    @Test
    void massTagsAreFileNameSafe() {
        assertThat(SignalGrid.massTag(3.5)).isEqualTo("M3p50");
        assertThat(SignalGrid.massTag(0.25)).isEqualTo("M0p25");
    }
}
