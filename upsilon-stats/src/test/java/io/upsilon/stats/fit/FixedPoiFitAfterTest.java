package io.upsilon.stats.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.stats.TestWorkspaces;
import io.upsilon.stats.model.Model;
import org.junit.jupiter.api.Test;

/** The conditional fit that reuses the free fit's metric (the toys' fast path) and its Schur complement. */
class FixedPoiFitAfterTest {

    @Test
    void schurComplementIsTheInverseOfTheReducedMatrix() {
        double[][] a = {{4, 1, 0.5}, {1, 3, 0.2}, {0.5, 0.2, 2}};
        double[][] inv = Hessians.invertPositiveDefinite(a);
        double[][] reduced = Minimizer.withFixed(inv, 1);
        // Direct inverse of a with row and column 1 removed.
        double[][] sub = Hessians.invertPositiveDefinite(new double[][] {{4, 0.5}, {0.5, 2}});
        assertThat(reduced[0][0]).isCloseTo(sub[0][0], within(1e-14));
        assertThat(reduced[0][2]).isCloseTo(sub[0][1], within(1e-14));
        assertThat(reduced[2][2]).isCloseTo(sub[1][1], within(1e-14));
        assertThat(reduced[1][1]).isEqualTo(1.0);
        assertThat(reduced[0][1]).isZero();
        assertThat(Minimizer.withFixed(new double[][] {{0}}, 0)).isNull();
    }

    @Test
    void theConditionalFitAfterTheFreeFitFindsTheSameMinimum() {
        Model m = TestWorkspaces.compile(TestWorkspaces.ALL_MODIFIERS);
        Fitter fitter = new Fitter(m);
        double[] data = m.observedData();
        boolean[] fixed = m.suggestedFixed();
        for (double mu : new double[] {0.0, 0.5, 2.0}) {
            FitResult free = fitter.fit(data, m.suggestedInit(), fixed, false);
            FitResult after = fitter.fixedPoiFitAfter(free, mu, data, fixed);
            FitResult plain = new Fitter(m).fixedPoiFit(mu, data, m.suggestedInit(), fixed);
            assertThat(after.status().ok()).isTrue();
            assertThat(after.value(m.poiIndex())).isEqualTo(mu);
            // Both converge to EDM < 1e-15: the minima agree far below any test-statistic use.
            assertThat(after.nll()).isCloseTo(plain.nll(), within(1e-9));
        }
    }
}
