package io.upsilon.stats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.model.Model;
import org.junit.jupiter.api.Test;

class LikelihoodScanTest {

    /**
     * SR/CR: with mu fixed, k is profiled; for mu fixed and k fixed the two bins are independent
     * Poisson terms, so the 2D scan is the sum of the two bins' deviances 2 [lam - n + n ln(n / lam)],
     * exactly (the conditional fit has nothing left to fit). Tolerance: the minimum NLL is known to
     * the fit tolerance, 1e-6.
     */
    @Test
    void twoDimensionalScanIsTheSumOfDeviances() {
        Model m = ReportWorkspaces.compile(ReportWorkspaces.SR_CR);
        FitResult best = new Fitter(m).fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), true);
        String[] names = m.parameterNames();
        int mu = m.poiIndex();
        int k = mu == 0 ? 1 : 0;
        assertThat(names[k]).isEqualTo("k");
        double[] xs = LikelihoodScan.grid(0.5, 2.0, 4);
        double[] ys = LikelihoodScan.grid(0.9, 1.2, 3);
        LikelihoodScan.Scan s = LikelihoodScan.scan2d(m, m.observedData(), best, mu, k, xs, ys, 2);
        assertThat(s.points()).hasSize(12);
        for (LikelihoodScan.Point p : s.points()) {
            double muV = p.values()[0];
            double kV = p.values()[1];
            double expected = GoodnessOfFit.deviance(130, 20 * muV + 100 * kV) + GoodnessOfFit.deviance(420, 400 * kV);
            assertThat(p.twiceDeltaNll()).isCloseTo(expected, within(1e-6));
        }
        // y varies fastest.
        assertThat(s.points().get(1).values()).containsExactly(0.5, 1.05);
    }

    /** A 1D profile scan: the minimum is at the best fit, and one and two threads give the same numbers. */
    @Test
    void profileScanIsDeterministicAndMinimalAtTheBestFit() {
        Model m = ReportWorkspaces.compile(ReportWorkspaces.SYSTEMATICS);
        FitResult best = new Fitter(m).fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), true);
        int mu = m.poiIndex();
        double[] range = LikelihoodScan.defaultRange(m, best, mu);
        double[] grid = LikelihoodScan.grid(range[0], range[1], 9);
        LikelihoodScan.Scan one = LikelihoodScan.scan1d(m, m.observedData(), best, mu, grid, 1);
        LikelihoodScan.Scan two = LikelihoodScan.scan1d(m, m.observedData(), best, mu, grid, 2);
        for (int i = 0; i < grid.length; i++) {
            assertThat(two.points().get(i).twiceDeltaNll())
                    .isEqualTo(one.points().get(i).twiceDeltaNll());
            assertThat(one.points().get(i).ok()).isTrue();
        }
        // The middle point is the best fit: 0 there (fit tolerance); +-3 sigma: about 9 (Gaussian limit,
        // within 10% for a nearly Gaussian likelihood).
        assertThat(one.points().get(4).twiceDeltaNll()).isCloseTo(0.0, within(1e-5));
        assertThat(one.points().get(0).twiceDeltaNll()).isCloseTo(9.0, within(0.9));
        assertThat(one.points().get(8).twiceDeltaNll()).isCloseTo(9.0, within(0.9));
    }
}
