package io.upsilon.stats.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SlsqpTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static double rosenbrock(double[] x) {
        double a = 1 - x[0];
        double b = x[1] - x[0] * x[0];
        return a * a + 100 * b * b;
    }

    private static void rosenbrockGradient(double[] x, double fx, double[] g) {
        g[0] = -2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] * x[0]);
        g[1] = 200 * (x[1] - x[0] * x[0]);
    }

    @Test
    void rosenbrockUnbounded() {
        Slsqp.Result r = new Slsqp(1e-12, 1000)
                .minimize(
                        SlsqpTest::rosenbrock,
                        SlsqpTest::rosenbrockGradient,
                        new double[] {-1.2, 1},
                        new double[] {-INF, -INF},
                        new double[] {INF, INF});
        assertThat(r.success()).as(r.message()).isTrue();
        assertThat(r.x()[0]).isCloseTo(1, within(1e-5));
        assertThat(r.x()[1]).isCloseTo(1, within(1e-5));
    }

    @Test
    void rosenbrockWithActiveBound() {
        // With x0 <= 0.5 the minimum is at the bound: x0 = 0.5, x1 = 0.25 (f = 0.25).
        Slsqp.Result r = new Slsqp(1e-12, 1000)
                .minimize(SlsqpTest::rosenbrock, null, new double[] {-1.2, 1}, new double[] {-1.5, -1.5}, new double[] {
                    0.5, 2
                });
        assertThat(r.success()).as(r.message()).isTrue();
        assertThat(r.x()[0]).isCloseTo(0.5, within(1e-6));
        assertThat(r.x()[1]).isCloseTo(0.25, within(1e-5));
        assertThat(r.f()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void rosenbrockDefaultTolerance() {
        // scipy: minimize(rosen, [-1.2, 1], method='SLSQP', bounds=[(-1.5, 1.5)] * 2) ends near (1, 1).
        Slsqp.Result r = Slsqp.pyhfDefaults()
                .minimize(SlsqpTest::rosenbrock, null, new double[] {-1.2, 1}, new double[] {-1.5, -1.5}, new double[] {
                    1.5, 1.5
                });
        assertThat(r.success()).as(r.message()).isTrue();
        assertThat(r.x()[0]).isCloseTo(1, within(1e-2));
        assertThat(r.x()[1]).isCloseTo(1, within(2e-2));
        assertThat(r.iterations()).isLessThan(100);
    }

    @Test
    void quadraticWithBoundsActive() {
        // f = (x - 3)^2 + 2 (y + 1)^2 + (x - 3)(y + 1) with 0 <= x <= 2, 0 <= y <= 5: minimum at
        // x = 2, y = 0 (gradients there: df/dx = -2 + 1 = -1 < 0 at the upper bound, df/dy = 4 - 1 = 3 > 0
        // at the lower bound).
        Slsqp.Function f = v -> {
            double a = v[0] - 3;
            double b = v[1] + 1;
            return a * a + 2 * b * b + a * b;
        };
        Slsqp.Result r =
                new Slsqp(1e-10, 100).minimize(f, null, new double[] {1, 1}, new double[] {0, 0}, new double[] {2, 5});
        assertThat(r.success()).as(r.message()).isTrue();
        assertThat(r.x()[0]).isEqualTo(2.0);
        assertThat(r.x()[1]).isEqualTo(0.0);
    }

    @Test
    void quadraticInteriorExact() {
        // A convex quadratic in 5 variables, one bound active (x2 >= 0.5 while the free optimum is 0).
        double[][] a = {{4, 1, 0, 0, 0.5}, {1, 3, 0.5, 0, 0}, {0, 0.5, 2, 0.3, 0}, {0, 0, 0.3, 5, 1}, {0.5, 0, 0, 1, 2}
        };
        double[] c = {1, -2, 0, 0.5, 3};
        Slsqp.Function f = x -> {
            double s = 0;
            for (int i = 0; i < 5; i++) {
                double ax = 0;
                for (int j = 0; j < 5; j++) {
                    ax += a[i][j] * (x[j] - c[j]);
                }
                s += 0.5 * (x[i] - c[i]) * ax;
            }
            return s;
        };
        Slsqp.Gradient g = (x, fx, out) -> {
            for (int i = 0; i < 5; i++) {
                double ax = 0;
                for (int j = 0; j < 5; j++) {
                    ax += a[i][j] * (x[j] - c[j]);
                }
                out[i] = ax;
            }
        };
        double[] lo = {-INF, -INF, 0.5, -INF, -INF};
        double[] hi = {INF, INF, INF, INF, INF};
        Slsqp.Result r = new Slsqp(1e-14, 200).minimize(f, g, new double[5], lo, hi);
        assertThat(r.success()).as(r.message()).isTrue();
        assertThat(r.x()[2]).isEqualTo(0.5);
        // Stationarity in the free coordinates.
        double[] grad = new double[5];
        g.gradient(r.x(), r.f(), grad);
        for (int i : new int[] {0, 1, 3, 4}) {
            assertThat(grad[i]).isCloseTo(0, within(1e-6));
        }
        assertThat(grad[2]).isGreaterThan(0);
    }

    @Test
    void ldlRankOneUpdatesReproduceTheMatrix() {
        int n = 4;
        double[][] l = new double[n][n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            l[i][i] = 1;
            d[i] = 1;
        }
        double[] u = {1, 2, -1, 0.5};
        double[] v = {0.3, -0.2, 0.1, 0.4};
        Slsqp.rankOneUpdate(l, d, u, 0.7);
        Slsqp.rankOneUpdate(l, d, v, -0.5);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double b = 0;
                for (int k = 0; k < n; k++) {
                    b += l[i][k] * d[k] * l[j][k];
                }
                double want = (i == j ? 1 : 0) + 0.7 * u[i] * u[j] - 0.5 * v[i] * v[j];
                assertThat(b).isCloseTo(want, within(1e-12));
            }
        }
    }

    @Test
    void nnlsKnownSolution() {
        double[][] a = {{1, 0, 1}, {0, 1, 1}, {1, 1, 0}};
        double[] b = {1, -1, 0};
        double[] w = Nnls.solve(a, b);
        // Unconstrained LS solution has w1 < 0; NNLS: w = (1/2, 0, 1/2)?  Check KKT instead.
        double[] r = new double[3];
        for (int i = 0; i < 3; i++) {
            r[i] = b[i];
            for (int j = 0; j < 3; j++) {
                r[i] -= a[i][j] * w[j];
            }
        }
        for (int j = 0; j < 3; j++) {
            double dual = 0;
            for (int i = 0; i < 3; i++) {
                dual += a[i][j] * r[i];
            }
            assertThat(w[j]).isGreaterThanOrEqualTo(0);
            assertThat(dual).isLessThanOrEqualTo(1e-12);
            if (w[j] > 0) {
                assertThat(dual).isCloseTo(0, within(1e-12));
            }
        }
    }
}
