package io.upsilon.stats.unbinned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * sPlot on a two-observable toy: a mass (Gaussian signal, exponential background) fitted alone, and
 * a control variable independent of it within each species (Gaussian for signal, falling
 * exponential for background) that the fit never sees.
 */
class SPlotTest {

    @Test
    void sWeightsSumToTheYieldsAndUnfoldTheControlVariable() {
        Observable mass = new Observable("mass", 5.2, 5.3);
        Observable ctrl = new Observable("ctrl", 0, 1);
        Gaussian sigMass =
                new Gaussian(mass, Parameter.of("mu", 5.28, 5.27, 5.29), Parameter.of("sigma", 0.004, 0.001, 0.02));
        Exponential bkgMass = new Exponential(mass, Parameter.of("lambda", -15, -100, 100));
        Gaussian sigCtrl = new Gaussian(ctrl, Parameter.constant("cmu", 0.6), Parameter.constant("csigma", 0.12));
        Exponential bkgCtrl = new Exponential(ctrl, Parameter.constant("clambda", -2.5));
        Parameter nsig = Parameter.of("nsig", 2000, 0, 1e5);
        Parameter nbkg = Parameter.of("nbkg", 8000, 0, 1e5);
        SumPdf truthModel = SumPdf.withYields(
                List.of(new ProductPdf(List.of(sigMass, sigCtrl)), new ProductPdf(List.of(bkgMass, bkgCtrl))),
                List.of(nsig, nbkg));
        ParameterSet truth = ParameterSet.of(truthModel);
        DataSet data = ToyGenerator.sampleExtended(truthModel, truth, RandomStreams.of(20261122).stream("splot"));

        SumPdf massModel = SumPdf.withYields(List.of(sigMass, bkgMass), List.of(nsig, nbkg));
        UnbinnedFitResult fit = new UnbinnedFitter(massModel, data).fit();
        assertThat(fit.ok()).as(fit.message()).isTrue();
        SWeights sw = SPlot.compute(massModel, fit.parameters(), data);

        // Σ_e w_n(e) = N_n holds exactly at the ML yields; the fit stops at EDM < 1e-10, so the yields'
        // likelihood equations hold to ~1e-5 of an event: 1e-4 events.
        assertThat(sw.sum("nsig")).isCloseTo(fit.value("nsig"), within(1e-4));
        assertThat(sw.sum("nbkg")).isCloseTo(fit.value("nbkg"), within(1e-4));
        // the sPlot covariance is the inverse Hessian of the NLL in the yields alone (its second
        // derivatives are exactly Σ p_i p_j / D^2): compare with a fit holding the shapes at their
        // fitted values, to 1e-4 (finite-difference Hessian of a finite-difference gradient)
        double[][] v = sw.yieldCovariance();
        ParameterSet shapesFixed =
                fit.parameters().withFixed("mu", true).withFixed("sigma", true).withFixed("lambda", true);
        UnbinnedFitResult yieldsOnly = new UnbinnedFitter(massModel, data).fit(shapesFixed);
        assertThat(Math.sqrt(v[0][0])).isCloseTo(yieldsOnly.error("nsig"), within(1e-4 * yieldsOnly.error("nsig")));
        assertThat(Math.sqrt(v[1][1])).isCloseTo(yieldsOnly.error("nbkg"), within(1e-4 * yieldsOnly.error("nbkg")));

        // sWeighted histogram of the control variable against the signal's control shape scaled to
        // the fitted yield: chi^2 with per-bin errors sqrt(Σ w^2), 20 bins. Expected 20 ± 6.3; the
        // bound 45 is a p-value of ~1e-3 (and a wrong shape, e.g. the background's, gives > 1000).
        double[] w = sw.weights("nsig");
        double[] c = data.column("ctrl");
        int bins = 20;
        double[] sum = new double[bins];
        double[] sum2 = new double[bins];
        for (int e = 0; e < c.length; e++) {
            int b = Math.min(bins - 1, (int) (c[e] * bins));
            sum[b] += w[e];
            sum2[b] += w[e] * w[e];
        }
        ParameterSet ps = ParameterSet.of(sigCtrl);
        double chi2 = 0;
        double chi2Bkg = 0;
        double nfit = fit.value("nsig");
        for (int b = 0; b < bins; b++) {
            double expected = nfit * sigCtrl.probability((double) b / bins, (double) (b + 1) / bins, ps);
            double wrong =
                    nfit * bkgCtrl.probability((double) b / bins, (double) (b + 1) / bins, ParameterSet.of(bkgCtrl));
            chi2 += Math.pow(sum[b] - expected, 2) / sum2[b];
            chi2Bkg += Math.pow(sum[b] - wrong, 2) / sum2[b];
        }
        System.out.printf(
                "sPlot: nsig %.2f, sum of sWeights %.6f; control chi2 %.1f / 20 bins (background shape: %.0f)%n",
                nfit, sw.sum("nsig"), chi2, chi2Bkg);
        assertThat(chi2).isLessThan(45);
        assertThat(chi2Bkg).isGreaterThan(1000);
    }
}
