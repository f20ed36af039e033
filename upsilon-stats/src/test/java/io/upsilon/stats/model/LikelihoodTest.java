package io.upsilon.stats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.stats.TestWorkspaces;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/** Parameters, constraints and the NLL with its gradient. */
class LikelihoodTest {

    private final Model model = TestWorkspaces.compile(TestWorkspaces.ALL_MODIFIERS);

    @Test
    void parametersAreSortedByNameAndExpanded() {
        assertThat(model.parameterSets().stream().map(ParameterSet::name).toList())
                .isEqualTo(List.of("bkg_shape", "jes", "k2", "lumi", "mu", "sf", "sig_norm", "stat_sr"));
        assertThat(model.size()).isEqualTo(3 + 1 + 1 + 1 + 1 + 2 + 1 + 3);
        assertThat(model.parameterNames()[0]).isEqualTo("bkg_shape[0]");
        assertThat(model.poiIndex()).isEqualTo(6);
    }

    @Test
    void suggestedSettingsAreThoseOfPyhf() {
        ParameterSet shapesys = model.parameterSet("bkg_shape");
        assertThat(shapesys.inits()).containsOnly(1.0);
        assertThat(shapesys.lower()).containsOnly(1e-10);
        assertThat(shapesys.upper()).containsOnly(10.0);
        assertThat(shapesys.widths()[0]).isCloseTo(Math.pow(40.0 / 4.0, 2), within(1e-12));
        assertThat(shapesys.auxdata()[1]).isCloseTo(100.0, within(1e-12));
        ParameterSet stat = model.parameterSet("stat_sr");
        assertThat(stat.widths()[0]).isCloseTo(Math.sqrt(4.0 + 1.0) / 50.0, within(1e-15));
        assertThat(stat.lower()).containsOnly(1e-10);
        ParameterSet lumi = model.parameterSet("lumi");
        assertThat(lumi.widths()).containsExactly(0.02);
        assertThat(lumi.lower()).containsExactly(0.5);
        ParameterSet mu = model.parameterSet("mu");
        assertThat(mu.lower()).containsExactly(0.0);
        assertThat(mu.upper()).containsExactly(10.0);
        ParameterSet jes = model.parameterSet("jes");
        assertThat(jes.inits()).containsExactly(0.0);
        assertThat(jes.lower()).containsExactly(-5.0);
        assertThat(model.parameterSet("sf").fixed()).containsOnly(true);
    }

    @Test
    void nllAtInitMatchesHandComputation() {
        // One-bin model: s = 10 mu, b = 50 gamma with shapesys error 7, n = 55.
        Model m = TestWorkspaces.compile("""
                {"channels": [{"name": "c", "samples": [
                  {"name": "s", "data": [10.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
                  {"name": "b", "data": [50.0], "modifiers": [{"name": "g", "type": "shapesys", "data": [7.0]}]}]}],
                 "observations": [{"name": "c", "data": [55.0]}],
                 "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}], "version": "1.0.0"}
                """);
        double tau = 2500.0 / 49.0;
        double main = 55 * Math.log(60) - 60 - Gamma.logGamma(56);
        double aux = tau * Math.log(tau) - tau - Gamma.logGamma(tau + 1);
        assertThat(m.likelihood().nll(m.suggestedInit())).isCloseTo(-(main + aux), within(1e-12));
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        Likelihood l = model.likelihood();
        double[] x = model.suggestedInit();
        // A generic point: every parameter moved off its init, alphas beyond +-1 and inside.
        for (int i = 0; i < x.length; i++) {
            x[i] += 0.02 * ((i % 5) - 2);
        }
        x[model.parameterSet("jes").offset()] = 1.3;
        x[model.parameterSet("sig_norm").offset()] = -0.6;
        double[] g = new double[x.length];
        l.nllAndGradient(x, g);
        for (int i = 0; i < x.length; i++) {
            double h = 1e-6;
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[i] += h;
            xm[i] -= h;
            double fd = (l.nll(xp) - l.nll(xm)) / (2 * h);
            assertThat(g[i])
                    .as("d/d %s", model.parameterNames()[i])
                    .isCloseTo(fd, within(1e-5 * Math.max(1, Math.abs(fd))));
        }
    }

    @Test
    void hugeTauShapesysStaysPreciseAndFits() {
        // tau = (100 / 1e-4)^2 = 1e12, as for some MC-stat shapesys in published likelihoods: the
        // NLL must not drown in cancellation (it did with lambda - n ln lambda).
        Model m = io.upsilon.stats.TestWorkspaces.compile("""
                {"channels": [{"name": "c", "samples": [
                  {"name": "s", "data": [10.0, 5.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
                  {"name": "b", "data": [100.0, 80.0], "modifiers": [
                    {"name": "g", "type": "shapesys", "data": [1e-4, 8.0]},
                    {"name": "n", "type": "normsys", "data": {"hi": 1.1, "lo": 0.9}}]}]}],
                 "observations": [{"name": "c", "data": [112.0, 83.0]}],
                 "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}], "version": "1.0.0"}
                """);
        Likelihood l = m.likelihood();
        double[] x = m.suggestedInit();
        x[m.parameterSet("g").offset()] = 1 + 3e-7;
        double[] g = new double[x.length];
        l.nllAndGradient(x, g);
        int i = m.parameterSet("g").offset();
        double h = 1e-9;
        double[] xp = x.clone();
        double[] xm = x.clone();
        xp[i] += h;
        xm[i] -= h;
        double fd = (l.nll(xp) - l.nll(xm)) / (2 * h);
        assertThat(g[i]).isCloseTo(3e-7 * 1e12, within(1e-3 * 3e5));
        assertThat(fd).isCloseTo(g[i], within(1e-3 * Math.abs(g[i])));
        var r = new io.upsilon.stats.fit.Fitter(m).fit(m.observedData());
        assertThat(r.status().ok()).as(r.message()).isTrue();
    }

    @Test
    void gradientAtZeroPoiHasNoDivisionByZero() {
        Likelihood l = model.likelihood();
        double[] x = model.suggestedInit();
        x[model.poiIndex()] = 0.0;
        double[] g = new double[x.length];
        double f = l.nllAndGradient(x, g);
        assertThat(f).isFinite();
        assertThat(Arrays.stream(g).allMatch(Double::isFinite)).isTrue();
        double[] xp = x.clone();
        xp[model.poiIndex()] = 1e-6;
        assertThat(g[model.poiIndex()]).isCloseTo((l.nll(xp) - f) / 1e-6, within(1e-3));
    }

    @Test
    void expectedDataAppendsAuxiliaryExpectation() {
        double[] d = model.expectedData(model.suggestedInit());
        assertThat(d).hasSize(model.mainBins() + model.auxSize());
        assertThat(model.auxData()).containsExactly(Arrays.copyOfRange(d, model.mainBins(), d.length));
    }

    /**
     * pyhf's twice_nll, operation by operation ({@link Likelihood#twiceNllPyhf}, used by the
     * pyhf-compatible SLSQP): the values below were measured with pyhf b3dc4bb (numpy backend, scipy
     * 1.17.1) run from source on this machine, on validation workspace 1bin_normsys with normsys
     * code1, at the start of the fit with mu fixed at 0 and at its two forward-difference points.
     */
    @Test
    void pyhfCompatibleTwiceNllMatchesPyhfBits() {
        Model m = ModelCompiler.compile(
                io.upsilon.stats.workspace.WorkspaceReader.parse("1bin_normsys.json", """
                {"channels": [{"name": "singlechannel", "samples": [
                  {"name": "signal", "data": [30.0, 95.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
                  {"name": "background", "data": [100.0, 150.0],
                   "modifiers": [{"name": "bkg_norm", "type": "normsys", "data": {"lo": 0.9, "hi": 1.1}}]}]}],
                 "observations": [{"name": "singlechannel", "data": [120.0, 180.0]}],
                 "measurements": [{"name": "meas", "config": {"poi": "mu", "parameters": []}}], "version": "1.0.0"}
                """),
                "1bin_normsys.json",
                null,
                new ModelOptions(Interpolation.NormsysCode.CODE1, Interpolation.HistosysCode.CODE0));
        Likelihood l = m.likelihood();
        int mu = m.poiIndex();
        int alpha = 1 - mu;
        double h = 1.4901161193847656e-08;
        double[] x = new double[2];
        double[][] points = {{0, 0}, {h, 0}, {0, h}};
        double[] pyhf = {24.889328679920407, 24.889327934862802, 24.889328537897239};
        for (int k = 0; k < points.length; k++) {
            x[mu] = points[k][0];
            x[alpha] = points[k][1];
            double got = l.twiceNllPyhf(x);
            System.out.printf(
                    "pyhf-compatible twice_nll %s: %.17g (pyhf %.17g; precise %.17g)%n",
                    Arrays.toString(points[k]), got, pyhf[k], l.twiceNll(x));
            // bit-identical on the measuring machine; one ulp of slack for another JVM's Math.log / pow
            assertThat(got).as("point %d", k).isCloseTo(pyhf[k], within(Math.ulp(pyhf[k])));
        }
    }

    /** numpy.sum's rounding (pairwise_sum), values from numpy 2.4.6: a plain loop would give 1e16. */
    @Test
    void pairwiseSumRoundsAsNumpy() {
        double[] a = new double[201];
        Arrays.fill(a, 1.0);
        a[0] = 1e16;
        assertThat(Likelihood.pairwiseSum(a, 0, 9)).isEqualTo(1.0000000000000008e16);
        assertThat(Likelihood.pairwiseSum(a, 0, 201)).isEqualTo(1.0000000000000188e16);
        assertThat(Likelihood.pairwiseSum(a, 0, 3)).isEqualTo(1e16);
    }
}
