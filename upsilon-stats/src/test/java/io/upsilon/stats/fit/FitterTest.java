package io.upsilon.stats.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.stats.TestWorkspaces;
import io.upsilon.stats.model.Likelihood;
import io.upsilon.stats.model.Model;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.junit.jupiter.api.Test;

/** Fits: an analytic case, bounds, fixed parameters, and a cross-check against Hipparchus BOBYQA. */
class FitterTest {

    @Test
    void quadraticWithBoundsAndFixed() {
        Objective f = (x, g) -> {
            g[0] = 2 * (x[0] - 3);
            g[1] = 20 * (x[1] + 1);
            g[2] = 2 * (x[2] - 1);
            return (x[0] - 3) * (x[0] - 3) + 10 * (x[1] + 1) * (x[1] + 1) + (x[2] - 1) * (x[2] - 1);
        };
        FitResult r = new Minimizer()
                .minimize(
                        f,
                        new double[] {0, 0, 5},
                        new double[] {-10, 0, -10},
                        new double[] {10, 10, 10},
                        new boolean[] {false, false, true});
        assertThat(r.value(0)).isCloseTo(3, within(1e-8));
        assertThat(r.value(1)).isEqualTo(0.0);
        assertThat(r.value(2)).isEqualTo(5.0);
        assertThat(r.status()).isEqualTo(FitStatus.AT_BOUND);
    }

    @Test
    void rosenbrockConverges() {
        Objective f = (x, g) -> {
            double a = 1 - x[0];
            double b = x[1] - x[0] * x[0];
            g[0] = -2 * a - 400 * x[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        };
        FitResult r = new Minimizer()
                .minimize(f, new double[] {-1.2, 1}, new double[] {-5, -5}, new double[] {5, 5}, new boolean[2]);
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.value(0)).isCloseTo(1, within(1e-6));
        assertThat(r.value(1)).isCloseTo(1, within(1e-6));
    }

    @Test
    void agreesWithBobyqaOnSyntheticModel() {
        Model m = TestWorkspaces.compile(TestWorkspaces.ALL_MODIFIERS);
        Fitter fitter = new Fitter(m);
        FitResult r = fitter.fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), true);
        assertThat(r.status().ok()).isTrue();
        Likelihood l = m.likelihood();
        boolean[] fixed = m.suggestedFixed();
        double[] init = m.suggestedInit();
        int nFree = 0;
        for (boolean b : fixed) {
            nFree += b ? 0 : 1;
        }
        int[] idx = new int[nFree];
        double[] lo = new double[nFree];
        double[] hi = new double[nFree];
        double[] x0 = new double[nFree];
        for (int i = 0, k = 0; i < fixed.length; i++) {
            if (!fixed[i]) {
                idx[k] = i;
                lo[k] = Math.max(m.lowerBounds()[i], init[i] - 3);
                hi[k] = Math.min(m.upperBounds()[i], init[i] + 3);
                x0[k++] = init[i];
            }
        }
        ObjectiveFunction obj = new ObjectiveFunction(v -> {
            double[] x = init.clone();
            for (int k = 0; k < idx.length; k++) {
                x[idx[k]] = v[k];
            }
            return l.nll(x);
        });
        var p = new BOBYQAOptimizer(2 * nFree + 1, 0.1, 1e-10)
                .optimize(new MaxEval(200000), obj, GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(lo, hi));
        assertThat(r.nll()).isLessThanOrEqualTo(p.getValue() + 1e-9);
        assertThat(r.nll()).isCloseTo(p.getValue(), within(1e-6));
        for (int k = 0; k < nFree; k++) {
            assertThat(r.value(idx[k])).isCloseTo(p.getPoint()[k], within(2e-3));
        }
        double[] err = r.errors();
        assertThat(err[m.poiIndex()]).isPositive().isFinite();
        assertThat(r.correlation()[m.poiIndex()][m.poiIndex()]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void fixedPoiFitHoldsThePoi() {
        Model m = TestWorkspaces.compile(TestWorkspaces.ALL_MODIFIERS);
        FitResult r = new Fitter(m).fixedPoiFit(2.5, m.observedData());
        assertThat(r.value(m.poiIndex())).isEqualTo(2.5);
        assertThat(r.status().ok()).as(r.message()).isTrue();
    }
}
