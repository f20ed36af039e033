package io.upsilon.stats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.error.InputException;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Correlation;
import io.upsilon.stats.workspace.Measurement;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.Observation;
import io.upsilon.stats.workspace.Sample;
import io.upsilon.stats.workspace.Workspace;
import io.upsilon.stats.workspace.WorkspaceReader;
import io.upsilon.stats.workspace.WorkspaceWriter;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

/**
 * The multivariate normal constraint of a correlation block. The reference is the same model
 * written with decorrelated nuisances: alpha = A beta with A = V sqrt(Lambda) from the eigen
 * decomposition R = V Lambda V^T, beta independent unit Gaussians, and the symmetric histosys
 * templates rotated accordingly (symmetric histosys under code 4p is exactly linear in alpha, so the
 * rates agree exactly). Since alpha^T R^-1 alpha = |beta|^2, the two NLLs differ by the constant
 * 0.5 log det R (the Jacobian of the change of variables) and have the same minima and limits.
 */
class CorrelatedConstraintTest {

    private static final double[] NOMINAL = {50, 40, 30, 20};
    private static final double[] SIGNAL = {4, 8, 6, 2};
    private static final double[][] DELTAS = {{3, -1, 0.5, 1}, {1, 2, -2, 0.5}, {-0.5, 1, 1, -1}};
    private static final double[][] R = {{1, 0.5, -0.3}, {0.5, 1, 0.2}, {-0.3, 0.2, 1}};
    private static final double[] OBSERVED = {56, 49, 33, 24};

    private static Workspace workspace(String prefix, double[][] deltas, List<Correlation> correlations) {
        List<Modifier> mods = new ArrayList<>();
        for (int k = 0; k < deltas.length; k++) {
            double[] hi = new double[NOMINAL.length];
            double[] lo = new double[NOMINAL.length];
            for (int j = 0; j < hi.length; j++) {
                hi[j] = NOMINAL[j] + deltas[k][j];
                lo[j] = NOMINAL[j] - deltas[k][j];
            }
            mods.add(new Modifier.HistoSys(prefix + (k + 1), hi, lo));
        }
        Channel ch = new Channel(
                "sr",
                List.of(
                        new Sample("sig", SIGNAL, List.of(new Modifier.NormFactor("mu"))),
                        new Sample("bkg", NOMINAL, mods)));
        return new Workspace(
                List.of(ch),
                List.of(new Observation("sr", OBSERVED)),
                List.of(new Measurement("m", "mu", List.of(), List.of(), correlations)),
                "1.0.0");
    }

    private static double[][] rotation() {
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(R));
        double[] lambda = eig.getEigenvalues();
        double[][] a = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                a[i][k] = eig.getEigenvector(k).getEntry(i) * Math.sqrt(lambda[k]);
            }
        }
        return a;
    }

    private static Model correlated() {
        Correlation c = new Correlation("block", List.of("a1", "a2", "a3"), R, false);
        return ModelCompiler.compile(workspace("a", DELTAS, List.of(c)), "corr.json");
    }

    private static Model decorrelated(double[][] a) {
        double[][] rotated = new double[3][NOMINAL.length];
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < NOMINAL.length; j++) {
                    rotated[k][j] += a[i][k] * DELTAS[i][j];
                }
            }
        }
        return ModelCompiler.compile(workspace("b", rotated, List.of()), "dec.json");
    }

    private static double halfLogDetR() {
        return 0.5
                * Math.log(new org.hipparchus.linear.CholeskyDecomposition(MatrixUtils.createRealMatrix(R))
                        .getDeterminant());
    }

    /** Parameters (a1, a2, a3, mu) for (b1, b2, b3, mu): alpha = A beta. */
    private static double[] toAlpha(double[][] a, double[] beta) {
        double[] x = beta.clone();
        for (int i = 0; i < 3; i++) {
            x[i] = 0;
            for (int k = 0; k < 3; k++) {
                x[i] += a[i][k] * beta[k];
            }
        }
        return x;
    }

    @Test
    void nllAndGradientEqualTheDecorrelatedModelUpToTheJacobian() {
        double[][] a = rotation();
        Likelihood corr = correlated().likelihood();
        Likelihood dec = decorrelated(a).likelihood();
        double[][] points = {{0, 0, 0, 1}, {0.5, -1.2, 0.3, 0.2}, {-2, 1.5, 0.7, 2.5}, {1.1, 0.4, -0.9, 0}};
        for (double[] beta : points) {
            double[] alpha = toAlpha(a, beta);
            double[] gc = new double[4];
            double[] gd = new double[4];
            double fc = corr.nllAndGradient(alpha, gc);
            double fd = dec.nllAndGradient(beta, gd);
            // NLLs of O(10), evaluated in double precision: 1e-8 absolute is far above rounding.
            assertThat(fc - halfLogDetR()).isCloseTo(fd, within(1e-8));
            assertThat(corr.nll(alpha)).isCloseTo(fc, within(1e-12));
            // Chain rule: dNLL/dbeta_k = sum_i A_ik dNLL/dalpha_i.
            for (int k = 0; k < 3; k++) {
                double chain = 0;
                for (int i = 0; i < 3; i++) {
                    chain += a[i][k] * gc[i];
                }
                assertThat(chain).isCloseTo(gd[k], within(1e-8));
            }
            assertThat(gc[3]).isCloseTo(gd[3], within(1e-8));
            // The pyhf-order evaluation of the same function.
            assertThat(corr.twiceNllPyhf(alpha) / 2 - halfLogDetR()).isCloseTo(fd, within(1e-8));
        }
    }

    @Test
    void bestFitAndUpperLimitEqualTheDecorrelatedModel() {
        double[][] a = rotation();
        Model corr = correlated();
        Model dec = decorrelated(a);
        FitResult fc = new Fitter(corr).fit(corr.observedData(), corr.suggestedInit(), corr.suggestedFixed(), true);
        FitResult fd = new Fitter(dec).fit(dec.observedData(), dec.suggestedInit(), dec.suggestedFixed(), true);
        // Both fits converge far below 1e-8 in this 4-parameter model (measured: they agree to the
        // last digits), so the 1e-8 asked for holds for values, errors and limits alike.
        assertThat(fc.nll() - halfLogDetR()).isCloseTo(fd.nll(), within(1e-8));
        assertThat(fc.value(3)).isCloseTo(fd.value(3), within(1e-8));
        assertThat(fc.errors()[3]).isCloseTo(fd.errors()[3], within(1e-8));
        double[] alphaHat = toAlpha(a, fd.values());
        for (int i = 0; i < 3; i++) {
            assertThat(fc.value(i)).isCloseTo(alphaHat[i], within(1e-8));
        }
        UpperLimit.Result lc = UpperLimit.rootFind(
                new AsymptoticCalculator(corr, corr.observedData(), TestStatistic.QTILDE), 0, 10, 0.05, 1e-10);
        UpperLimit.Result ld = UpperLimit.rootFind(
                new AsymptoticCalculator(dec, dec.observedData(), TestStatistic.QTILDE), 0, 10, 0.05, 1e-10);
        assertThat(lc.obs()).isCloseTo(ld.obs(), within(1e-8));
        for (int i = 0; i < 5; i++) {
            assertThat(lc.exp()[i]).isCloseTo(ld.exp()[i], within(1e-8));
        }
    }

    @Test
    void identityBlockIsTheIndependentModel() {
        double[][] unit = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        Model blocked = ModelCompiler.compile(
                workspace("a", DELTAS, List.of(new Correlation("id", List.of("a1", "a2", "a3"), unit, false))),
                "id.json");
        Model plain = ModelCompiler.compile(workspace("a", DELTAS, List.of()), "plain.json");
        double[] x = {0.3, -0.7, 1.4, 1.3};
        assertThat(blocked.likelihood().nll(x)).isCloseTo(plain.likelihood().nll(x), within(1e-12));
        assertThat(blocked.likelihood().twiceNllPyhf(x))
                .isCloseTo(plain.likelihood().twiceNllPyhf(x), within(1e-10));
    }

    @Test
    void toyAuxiliaryDataHaveTheBlockCorrelation() {
        Model corr = correlated();
        var rng = RandomStreams.of(20261207L).stream("correlated-aux");
        int n = 20000;
        double[][] sum = new double[3][3];
        double[] x = corr.suggestedInit();
        for (int t = 0; t < n; t++) {
            double[] d = corr.sample(x, rng);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    sum[i][j] += d[4 + i] * d[4 + j];
                }
            }
        }
        // Aux means are 0 and widths 1: the sample covariance estimates R; its standard error is
        // (1 + rho^2)^0.5 / sqrt(n) <= 0.0083, so 0.04 is a ~5 sigma band.
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(sum[i][j] / n).isCloseTo(R[i][j], within(0.04));
            }
        }
    }

    @Test
    void covarianceSetsTheWidthsAndRoundTripsThroughJson() {
        double[][] cov = {{4, 1.2}, {1.2, 0.81}};
        Workspace ws = workspace("a", DELTAS, List.of(new Correlation("cov", List.of("a1", "a2"), cov, true)));
        Workspace back = WorkspaceReader.parse("rt.json", WorkspaceWriter.toJson(ws));
        assertThat(back.measurements().get(0).correlations()).hasSize(1);
        assertThat(back.measurements().get(0).correlations().get(0).matrix()).isDeepEqualTo(cov);
        Model m = ModelCompiler.compile(back, "rt.json");
        assertThat(m.parameterSet("a1").widths()[0]).isEqualTo(2.0);
        assertThat(m.parameterSet("a2").widths()[0]).isCloseTo(0.9, within(1e-15));
        assertThat(m.correlationBlockNames()).containsExactly("cov");
    }

    private static String json(String correlations) {
        String ws = WorkspaceWriter.toJson(workspace("a", DELTAS, List.of()));
        return ws.replace("\"poi\" : \"mu\",", "\"poi\" : \"mu\", \"correlations\": " + correlations + ",");
    }

    @Test
    void badBlocksAreInputErrorsWithTheirJsonPath() {
        assertThatThrownBy(() -> WorkspaceReader.parse(
                        "bad.json",
                        json("[{\"name\": \"b\", \"parameters\": [\"a1\", \"a2\"],"
                                + " \"correlation\": [[1, 1.2], [1.2, 1]]}]")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("/measurements/0/config/correlations/0/correlation")
                .hasMessageContaining("not positive definite");
        assertThatThrownBy(() -> WorkspaceReader.parse(
                        "bad.json",
                        json("[{\"name\": \"b\", \"parameters\": [\"a1\", \"a2\"],"
                                + " \"correlation\": [[1, 0.2], [0.3, 1]]}]")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("not symmetric");
        Workspace unknown = WorkspaceReader.parse(
                "bad.json",
                json("[{\"name\": \"b\", \"parameters\": [\"a1\", \"nope\"], \"correlation\": [[1, 0], [0, 1]]}]"));
        assertThatThrownBy(() -> ModelCompiler.compile(unknown, "bad.json"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("/measurements/0/config/correlations/0/parameters/1")
                .hasMessageContaining("\"nope\" is not in the model");
        Workspace free = WorkspaceReader.parse(
                "bad.json",
                json("[{\"name\": \"b\", \"parameters\": [\"a1\", \"mu\"], \"correlation\": [[1, 0], [0, 1]]}]"));
        assertThatThrownBy(() -> ModelCompiler.compile(free, "bad.json"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("expected a scalar Gaussian-constrained parameter");
    }
}
