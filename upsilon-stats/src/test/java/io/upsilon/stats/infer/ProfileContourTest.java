package io.upsilon.stats.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.stats.TestWorkspaces;
import io.upsilon.stats.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two-parameter profile-likelihood contours on a closed-form case: the POIs a and b and a nuisance c
 * have a joint Gaussian constraint with covariance C (a correlation block) and no effect on the
 * rates, so profiling c leaves q(a, b) = (v - v0)^T S^-1 (v - v0) with S the (a, b) block of C: the
 * contours are exact ellipses.
 */
class ProfileContourTest {

    private static final double[][] COV = {{0.25, 0.12, 0.05}, {0.12, 0.16, -0.06}, {0.05, -0.06, 1.0}};
    private static final double A0 = 0.5;
    private static final double B0 = -0.3;

    private static final String WS = """
            {"channels": [{"name": "c", "samples": [
              {"name": "s", "data": [10.0], "modifiers": [
                {"name": "k", "type": "normfactor", "data": null},
                {"name": "a", "type": "normsys", "data": {"hi": 1.0, "lo": 1.0}},
                {"name": "b", "type": "normsys", "data": {"hi": 1.0, "lo": 1.0}},
                {"name": "n", "type": "normsys", "data": {"hi": 1.0, "lo": 1.0}}]}]}],
             "observations": [{"name": "c", "data": [12]}],
             "measurements": [{"name": "m", "config": {"poi": "a", "pois": ["a", "b"], "parameters": [
               {"name": "a", "auxdata": [%s]}, {"name": "b", "auxdata": [%s]}],
               "correlations": [{"name": "abn", "parameters": ["a", "b", "n"],
                 "covariance": [[0.25, 0.12, 0.05], [0.12, 0.16, -0.06], [0.05, -0.06, 1.0]]}]}}],
             "version": "1.0.0"}
            """.formatted(A0, B0);

    /** q from the closed form: the Mahalanobis distance with the (a, b) sub-covariance. */
    private static double exactQ(double a, double b) {
        double saa = COV[0][0];
        double sbb = COV[1][1];
        double sab = COV[0][1];
        double det = saa * sbb - sab * sab;
        double da = a - A0;
        double db = b - B0;
        return (sbb * da * da - 2 * sab * da * db + saa * db * db) / det;
    }

    @Test
    void contoursAreTheExactEllipsesWithinTheGridResolution() {
        Model m = TestWorkspaces.compile(WS);
        assertThat(m.poiNames()).containsExactly("a", "b");
        int n = 41;
        double[] xs = UpperLimit.linspace(A0 - 1.8, A0 + 1.8, n); // +-3.6 sigma_a
        double[] ys = UpperLimit.linspace(B0 - 1.44, B0 + 1.44, n); // +-3.6 sigma_b
        ProfileContour.Result r = ProfileContour.scan(m, m.observedData(), "a", "b", xs, ys, 2);
        assertThat(r.failed()).isZero();
        // Every grid value is the closed form (the profiled fits converge to ~1e-9 in q).
        for (int i = 0; i < n; i += 5) {
            for (int j = 0; j < n; j += 5) {
                assertThat(r.q()[i][j]).isCloseTo(exactQ(xs[i], ys[j]), within(1e-6));
            }
        }
        double sigmaMin = Math.sqrt(Math.min(COV[0][0], COV[1][1]) * (1 - 0.6 * 0.6)); // smallest semi-axis scale
        double h = Math.max(xs[1] - xs[0], ys[1] - ys[0]);
        for (double cl : new double[] {0.6827, 0.95}) {
            List<List<double[]>> lines = r.contour(cl);
            assertThat(lines).as("one closed line at " + cl).hasSize(1);
            List<double[]> line = lines.get(0);
            assertThat(line.get(0)).containsExactly(line.get(line.size() - 1));
            double r0 = Math.sqrt(ProfileContour.deltaQ(cl));
            double worst = 0;
            double area = 0;
            for (int k = 0; k < line.size(); k++) {
                double[] p = line.get(k);
                worst = Math.max(worst, Math.abs(Math.sqrt(exactQ(p[0], p[1])) - r0));
                double[] next = line.get((k + 1) % line.size());
                area += p[0] * next[1] - next[0] * p[1];
            }
            // Linear interpolation of the quadratic q along a cell edge of length h misplaces the
            // crossing by about h^2 / (8 r0 sigma^2) in units of sigma; allow twice that (measured:
            // 0.0042 and 0.0026 against bounds 0.013 and 0.008).
            assertThat(worst).as("distance from the ellipse at " + cl).isLessThan(Math.pow(h / sigmaMin, 2) / (4 * r0));
            // Area of the ellipse: pi * dq * sqrt(det S); the inscribed polygon is a little smaller.
            double det = COV[0][0] * COV[1][1] - COV[0][1] * COV[0][1];
            assertThat(Math.abs(area) / 2)
                    .isCloseTo(Math.PI * r0 * r0 * Math.sqrt(det), within(0.01 * Math.PI * r0 * r0 * Math.sqrt(det)));
        }
        assertThat(ProfileContour.deltaQ(0.6827)).isCloseTo(2.2958, within(1e-4)); // chi2(2 dof) 68.27% quantile
        assertThat(ProfileContour.deltaQ(0.95)).isCloseTo(5.9915, within(1e-4)); // chi2(2 dof) 95% quantile
    }

    @Test
    void sameGridForOneAndTwoThreads() {
        Model m = TestWorkspaces.compile(WS);
        double[] xs = UpperLimit.linspace(-1, 2, 9);
        double[] ys = UpperLimit.linspace(-1.5, 1, 7);
        ProfileContour.Result one = ProfileContour.scan(m, m.observedData(), "a", "b", xs, ys, 1);
        ProfileContour.Result two = ProfileContour.scan(m, m.observedData(), "a", "b", xs, ys, 2);
        assertThat(two.q()).isDeepEqualTo(one.q());
    }

    @Test
    void marchingSquaresOnACircleAndASaddle() {
        double[] g = UpperLimit.linspace(-2, 2, 81);
        double[][] f = new double[g.length][g.length];
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g.length; j++) {
                f[i][j] = g[i] * g[i] + g[j] * g[j];
            }
        }
        List<List<double[]>> circle = Contours.lines(g, g, f, 1.0);
        assertThat(circle).hasSize(1);
        for (double[] p : circle.get(0)) {
            // grid step 0.05: interpolating r^2 misplaces r by at most 0.05^2 / 8 ~ 3e-4.
            assertThat(Math.hypot(p[0], p[1])).isCloseTo(1.0, within(5e-4));
        }
        // Two lines of x*y = 0.5 (one per quadrant): open polylines ending on the border.
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g.length; j++) {
                f[i][j] = g[i] * g[j];
            }
        }
        List<List<double[]>> hyperbolae = Contours.lines(g, g, f, 0.5);
        assertThat(hyperbolae).hasSize(2);
        for (List<double[]> l : hyperbolae) {
            for (double[] p : l) {
                assertThat(p[0] * p[1]).isCloseTo(0.5, within(2e-3));
            }
        }
    }
}
