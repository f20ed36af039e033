package io.upsilon.stats.model;

import static io.upsilon.stats.model.UnbinnedWorkspaces.array;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.stats.TestWorkspaces;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Binned and unbinned channels in one likelihood: independent parts fit as they fit apart, a
 * shared parameter of interest combines as the closed form says, and the exact gradient (yields)
 * and the numerical one (shape parameters) agree with differences of the NLL.
 */
class CombinedLikelihoodTest {

    private static final String BINNED_CHANNEL = """
            {"name": "sr", "samples": [
              {"name": "sig", "data": [4.0, 9.0, 5.0], "modifiers": [
                {"name": "mu_b", "type": "normfactor", "data": null}]},
              {"name": "bkg", "data": [30.0, 22.0, 15.0], "modifiers": [
                {"name": "bkg_norm", "type": "normsys", "data": {"hi": 1.1, "lo": 0.9}}]}]}""";
    private static final String BINNED_OBS = "{\"name\": \"sr\", \"data\": [37, 33, 19]}";

    /** A Gaussian peak (mean free, width constrained) on a falling exponential, in [0, 10]. */
    private static String unbinnedChannel(double[] events, String weights) {
        return """
                {"name": "peak", "observable": {"name": "m", "min": 0.0, "max": 10.0},
                 "data": {"values": %s%s},
                 "components": [
                   {"name": "signal", "pdf": "gaussian", "parameters": ["m_mean", "m_sigma"], "yield": 100.0,
                    "modifiers": [{"name": "mu_u", "type": "normfactor", "data": null}]},
                   {"name": "background", "pdf": "exponential", "parameters": ["slope"], "yield": 400.0,
                    "modifiers": [{"name": "bkg_u", "type": "normfactor", "data": null}]}],
                 "shape_parameters": [
                   {"name": "m_mean", "init": 5.0, "bounds": [3.0, 7.0]},
                   {"name": "m_sigma", "init": 0.5, "bounds": [0.1, 2.0], "constraint": {"mean": 0.5, "sigma": 0.05}},
                   {"name": "slope", "init": -0.3, "bounds": [-2.0, 0.0]}]}""".formatted(array(events), weights);
    }

    private static double[] events() {
        RandomStream rng = RandomStreams.of(20261207).child("combined").stream("events");
        return UnbinnedWorkspaces.concat(
                UnbinnedWorkspaces.gaussianEvents(110, 5.2, 0.5, 0, 10, rng),
                UnbinnedWorkspaces.exponentialEvents(390, -0.3, 0, 10, rng));
    }

    private static String workspace(String channels, String obs, String unbinned, String poi) {
        return """
                {"channels": [%s], "observations": [%s],
                 "measurements": [{"name": "m", "config": {"poi": "%s", "parameters": []}}],
                 "version": "1.0.0", "unbinned_channels": [%s]}""".formatted(channels, obs, poi, unbinned);
    }

    @Test
    void independentPartsFitAsTheyFitApart() {
        String u = unbinnedChannel(events(), "");
        Model both = TestWorkspaces.compile(workspace(BINNED_CHANNEL, BINNED_OBS, u, "mu_b"));
        Model binned = TestWorkspaces.compile(workspace(BINNED_CHANNEL, BINNED_OBS, "", "mu_b"));
        Model unbinned = TestWorkspaces.compile(workspace("", "", u, "mu_u"));
        FitResult all = fit(both);
        FitResult b = fit(binned);
        FitResult ub = fit(unbinned);
        assertThat(all.status().ok()).as(all.message()).isTrue();
        List<String> names = Arrays.asList(both.parameterNames());
        for (Model part : List.of(binned, unbinned)) {
            FitResult r = part == binned ? b : ub;
            String[] pn = part.parameterNames();
            for (int i = 0; i < pn.length; i++) {
                int j = names.indexOf(pn[i]);
                // Both minima are converged to an EDM of ~1e-9 or better; the Hessians are the same
                // central differences of the same separable function.
                assertThat(all.values()[j]).as(pn[i]).isCloseTo(r.values()[i], within(1e-6));
                assertThat(all.errors()[j]).as("error of " + pn[i]).isCloseTo(r.errors()[i], within(1e-6));
            }
        }
        // The two parts do not talk to each other: the correlation between them is zero.
        int muB = names.indexOf("mu_b");
        int muU = names.indexOf("mu_u");
        assertThat(all.correlation()[muB][muU]).isCloseTo(0.0, within(1e-6));
        // The binned part alone is a pyhf model: the same data vector length as pyhf's.
        assertThat(binned.observedData()).hasSize(3 + 1);
    }

    @Test
    void sharedSignalStrengthCombinesAsTheClosedForm() {
        // Unbinned: N events of a Gaussian with fixed shape, yield mu s. Counting: n2 ~ mu s2 + b.
        double s = 40;
        double s2 = 12;
        double b = 20;
        int bigN = 47;
        double n2 = 35;
        RandomStream rng = RandomStreams.of(20261207).child("closed-form").stream("events");
        double[] x = UnbinnedWorkspaces.gaussianEvents(bigN, 0, 1, -5, 5, rng);
        String unb = """
                {"name": "peak", "observable": {"name": "m", "min": -5.0, "max": 5.0},
                 "data": {"values": %s},
                 "components": [{"name": "signal", "pdf": "gaussian", "parameters": ["mean", "width"],
                    "yield": %s, "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]}],
                 "shape_parameters": [{"name": "mean", "init": 0, "bounds": [-1, 1], "fixed": true},
                                      {"name": "width", "init": 1, "bounds": [0.5, 2], "fixed": true}]}""".formatted(array(x), s);
        String cnt = """
                {"name": "count", "samples": [
                  {"name": "sig", "data": [%s], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
                  {"name": "bkg", "data": [%s], "modifiers": []}]}""".formatted(s2, b);
        Model m = TestWorkspaces.compile(workspace(cnt, "{\"name\": \"count\", \"data\": [" + n2 + "]}", unb, "mu"));
        FitResult r = fit(m);
        // d/dmu [mu s - N ln(mu s) + mu s2 + b - n2 ln(mu s2 + b)] = 0 is the quadratic
        // (s + s2) s2 mu^2 + ((s + s2) b - (N + n2) s2) mu - N b = 0.
        double qa = (s + s2) * s2;
        double qb = (s + s2) * b - (bigN + n2) * s2;
        double qc = -bigN * b;
        double muHat = (-qb + Math.sqrt(qb * qb - 4 * qa * qc)) / (2 * qa);
        double info = bigN / (muHat * muHat) + n2 * s2 * s2 / Math.pow(muHat * s2 + b, 2);
        int mu = m.poiIndex();
        assertThat(r.values()[mu]).isCloseTo(muHat, within(1e-6 * muHat));
        // The Hessian is central differences of the analytic gradient (step 1e-5): ~1e-9 relative.
        assertThat(r.errors()[mu]).isCloseTo(1 / Math.sqrt(info), within(1e-6));
    }

    @Test
    void gradientMatchesDifferencesOfTheNll() {
        Model m = TestWorkspaces.compile(workspace(BINNED_CHANNEL, BINNED_OBS, unbinnedChannel(events(), ""), "mu_b"));
        Likelihood l = m.likelihood();
        double[] x = m.suggestedInit();
        String[] names = m.parameterNames();
        for (int i = 0; i < x.length; i++) {
            x[i] += 0.03 * (i % 3 - 1) * Math.max(0.1, Math.abs(x[i]));
        }
        double[] g = new double[x.length];
        l.nllAndGradient(x, g);
        for (int i = 0; i < x.length; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(x[i]));
            double[] up = x.clone();
            double[] dn = x.clone();
            up[i] += h;
            dn[i] -= h;
            double fd = (l.nll(up) - l.nll(dn)) / (2 * h);
            // Central differences of an NLL of ~1e3 with h = 1e-6: truncation and rounding ~1e-6
            // relative to the larger of |g| and 1.
            assertThat(g[i]).as("dNLL/d" + names[i]).isCloseTo(fd, within(1e-4 * Math.max(1, Math.abs(fd))));
        }
    }

    private static FitResult fit(Model m) {
        return new Fitter(m).fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), true);
    }
}
