package io.upsilon.stats.unbinned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The Gauss–Kronrod integrator against exact integrals. A wrong node or weight would leave an O(1)
 * relative error at every subdivision level, so these checks at 1e-13 catch any typo in the table.
 */
class IntegratorTest {

    @Test
    void polynomialsUpToDegree22AreExact() {
        for (int k = 0; k <= 22; k++) {
            final int kk = k;
            double exact = (1 - Math.pow(-1, k + 1)) / (k + 1); // ∫_{-1}^{1} x^k
            double v = Integrator.integrate(x -> Math.pow(x, kk), -1, 1, 1e-14, 1e-15);
            assertThat(v).as("x^%d", k).isCloseTo(exact, within(1e-14));
        }
    }

    @Test
    void smoothPeakedAndSingularIntegrands() {
        // Runge function 1/(1 + 25 x^2) on [-1, 1]: (2/5) atan 5
        assertThat(Integrator.integrate(x -> 1 / (1 + 25 * x * x), -1, 1, 1e-13))
                .isCloseTo(0.4 * Math.atan(5), within(1e-13));
        // narrow Lorentzian, half width 1e-4: 2 atan(1e4)
        assertThat(Integrator.integrate(x -> 1e-4 / (x * x + 1e-8), -1, 1, 1e-13))
                .isCloseTo(2 * Math.atan(1e4), within(1e-11));
        // sqrt singularity of the derivative at 0: ∫_0^1 sqrt x = 2/3; the tolerance floor keeps it fast
        assertThat(Integrator.integrate(Math::sqrt, 0, 1, 1e-13)).isCloseTo(2.0 / 3, within(1e-13));
        // reversed limits and an empty interval
        assertThat(Integrator.integrate(Math::exp, 1, 0, 1e-14)).isCloseTo(-(Math.E - 1), within(1e-14));
        assertThat(Integrator.integrate(Math::exp, 0.5, 0.5, 1e-14)).isEqualTo(0.0);
    }
}
