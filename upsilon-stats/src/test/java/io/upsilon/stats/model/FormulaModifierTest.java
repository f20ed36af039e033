package io.upsilon.stats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.error.InputException;
import io.upsilon.stats.TestWorkspaces;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.workspace.WorkspaceReader;
import io.upsilon.stats.workspace.WorkspaceWriter;
import org.junit.jupiter.api.Test;

/**
 * The formula modifier: {@code mu^2} as a normalisation is the normfactor model with {@code mu' =
 * mu^2} (same rates, NLL and, by the chain rule, gradient), and a two-coupling formula's analytic
 * gradient agrees with finite differences of the NLL.
 */
class FormulaModifierTest {

    private static String workspace(String signalModifier, String extraParameters) {
        return """
                {"channels": [{"name": "sr", "samples": [
                  {"name": "sig", "data": [3.0, 6.0, 2.0], "modifiers": [%s]},
                  {"name": "bkg", "data": [20.0, 15.0, 9.0], "modifiers": [
                    {"name": "bn", "type": "normsys", "data": {"hi": 1.08, "lo": 0.93}},
                    {"name": "st", "type": "staterror", "data": [1.5, 1.2, 0.9]}]}]}],
                 "observations": [{"name": "sr", "data": [26, 24, 12]}],
                 "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": [%s]}}],
                 "version": "1.0.0"}
                """.formatted(signalModifier, extraParameters);
    }

    private static final String SQUARE =
            workspace("{\"name\": \"sq\", \"type\": \"formula\", \"data\": {\"expression\": \"mu^2\"}}", "");
    /** The same model with the squared strength as its own normfactor (named so it sorts like mu). */
    private static final String LINEAR = workspace(
            "{\"name\": \"mu\", \"type\": \"normfactor\", \"data\": null}",
            "{\"name\": \"mu\", \"bounds\": [[0, 100]]}");

    @Test
    void squaredNormalisationIsTheNormfactorModelAtMuSquared() {
        Model sq = TestWorkspaces.compile(SQUARE);
        Model lin = TestWorkspaces.compile(LINEAR);
        assertThat(sq.parameterNames()).containsExactly(lin.parameterNames());
        int mu = sq.poiIndex();
        Likelihood ls = sq.likelihood();
        Likelihood ll = lin.likelihood();
        double[][] points = {{0.1, 0.3, 1.0, 1.0, 1.0}, {-0.5, 1.7, 1.05, 0.95, 1.1}, {1.2, 0.0, 0.9, 1.0, 1.0}};
        for (double[] x : points) {
            double[] y = x.clone();
            y[mu] = x[mu] * x[mu];
            double[] gs = new double[x.length];
            double[] gl = new double[x.length];
            // The same rates, computed with one multiplication more or less: equal to rounding.
            assertThat(ls.nllAndGradient(x, gs)).isCloseTo(ll.nllAndGradient(y, gl), within(1e-12));
            for (int i = 0; i < x.length; i++) {
                double expected = i == mu ? 2 * x[mu] * gl[i] : gl[i];
                assertThat(gs[i]).as("d/d" + sq.parameterNames()[i]).isCloseTo(expected, within(1e-10));
            }
        }
        FitResult fs = new Fitter(sq).fit(sq.observedData());
        FitResult fl = new Fitter(lin).fit(lin.observedData());
        assertThat(fs.nll()).isCloseTo(fl.nll(), within(1e-8));
        // mu-hat^2 = mu'-hat: the minima coincide; the fitter converges to ~1e-6 in the POI.
        assertThat(fs.value(mu) * fs.value(mu)).isCloseTo(fl.value(mu), within(1e-5));
    }

    @Test
    void twoCouplingGradientAgreesWithFiniteDifferences() {
        Model m = TestWorkspaces.compile(workspace(
                "{\"name\": \"y\", \"type\": \"formula\", \"data\": {\"expression\": \"(g1*g2)^2 + 0.5*sqrt(g1)\"}},"
                        + " {\"name\": \"mu\", \"type\": \"normfactor\", \"data\": null}",
                ""));
        assertThat(m.parameterNames()).containsExactly("bn", "g1", "g2", "mu", "st[0]", "st[1]", "st[2]");
        Likelihood l = m.likelihood();
        double[] x = {0.3, 1.2, 0.8, 1.1, 1.02, 0.97, 1.01};
        double[] g = new double[x.length];
        l.nllAndGradient(x, g);
        for (int i = 0; i < x.length; i++) {
            double h = 1e-6;
            double[] up = x.clone();
            double[] dn = x.clone();
            up[i] += h;
            dn[i] -= h;
            double fd = (l.nll(up) - l.nll(dn)) / (2 * h);
            // O(h^2) truncation ~1e-11 plus rounding of NLL ~ 10 (1e-15 / 1e-6 = 1e-9).
            assertThat(g[i]).as(m.parameterNames()[i]).isCloseTo(fd, within(1e-6));
        }
        FitResult f = new Fitter(m).fit(m.observedData());
        assertThat(f.status().ok()).isTrue();
    }

    @Test
    void formulaOutsideItsDomainGivesAnInfiniteNll() {
        String ws = workspace(
                "{\"name\": \"r\", \"type\": \"formula\", \"data\": {\"expression\": \"sqrt(mu - 0.5)\"}}", "");
        Likelihood l = TestWorkspaces.compile(ws).likelihood();
        assertThat(l.nll(new double[] {0, 1.0, 1, 1, 1})).isFinite();
        // sqrt of a negative number is NaN: the NLL must say "impossible", not NaN.
        assertThat(l.nll(new double[] {0, 0.2, 1, 1, 1})).isEqualTo(Double.POSITIVE_INFINITY);
        String empty = ws.replace("\"data\": [26, 24, 12]", "\"data\": [0, 0, 0]");
        Likelihood e = TestWorkspaces.compile(empty).likelihood();
        assertThat(e.nll(new double[] {0, 0.2, 1, 1, 1})).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void formulaRoundTripsThroughJson() {
        var ws = WorkspaceReader.parse("sq.json", SQUARE);
        var back = WorkspaceReader.parse("back.json", WorkspaceWriter.toJson(ws));
        assertThat(back).isEqualTo(ws);
    }

    @Test
    void renamingAParameterRenamesItInsideFormulas() {
        var ws = WorkspaceReader.parse("sq.json", SQUARE);
        var renamed = io.upsilon.stats.workspace.WorkspaceOps.rename(
                ws, java.util.Map.of(), java.util.Map.of(), java.util.Map.of("mu", "r"), java.util.Map.of());
        Model m = ModelCompiler.compile(renamed, "renamed.json");
        assertThat(m.poiName()).isEqualTo("r");
        assertThat(m.parameterSet("r")).isNotNull();
        double[] x = {0.2, 1.3, 1.0, 1.0, 1.0};
        assertThat(m.likelihood().nll(x))
                .isEqualTo(TestWorkspaces.compile(SQUARE).likelihood().nll(x));
    }

    @Test
    void parseErrorNamesFileJsonPathAndPosition() {
        String bad =
                workspace("{\"name\": \"sq\", \"type\": \"formula\", \"data\": {\"expression\": \"mu^2 +* 3\"}}", "");
        assertThatThrownBy(() -> WorkspaceReader.parse("bad.json", bad))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("/channels/0/samples/0/modifiers/0/data/expression")
                .hasMessageContaining("at position 6");
        String shared = workspace(
                "{\"name\": \"sq\", \"type\": \"formula\", \"data\": {\"expression\": \"bn^2\"}},"
                        + " {\"name\": \"mu\", \"type\": \"normfactor\", \"data\": null}",
                "");
        assertThatThrownBy(() -> TestWorkspaces.compile(shared))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("\"bn\" is a normsys here but a formula")
                .hasMessageContaining("compatible modifier types");
    }
}
