package io.upsilon.generators.radiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IsrStructureFunctionTest {
    private final IsrStructureFunction isr = new IsrStructureFunction(5.1099895000e-4);

    @Test
    void largeLogAt1058() {
        // [D] beta_ISR = (2 alpha/pi)(ln(s/m_e^2) - 1) = 0.0877 at 10.58 GeV (Kuraev-Fadin large log).
        assertThat(isr.beta(10.58 * 10.58)).isCloseTo(0.0877, within(0.00005));
    }

    @Test
    void leadingFormConservesProbability() {
        // The O(beta) Kuraev-Fadin form integrates to 1 + 3 beta/4 - (3/4) beta = 1 exactly:
        // int_0^1 beta x^(beta-1) dx = 1 analytically, the hard term numerically.
        double s = 10.58 * 10.58;
        double b = isr.beta(s);
        int n = 1_000_000;
        double hard = 0;
        for (int i = 0; i < n; i++) {
            double x = (i + 0.5) / n;
            hard += (isr.leadingValue(x, s) - b * Math.pow(x, b - 1) * (1 + 0.75 * b)) / n;
        }
        assertThat((1 + 0.75 * b) + hard).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void secondOrderTermsAreSmallCorrections() {
        // Full F differs from the leading form by the non-log alpha/pi (pi^2/3 - 1/2) = 0.0065 and O(beta^2) ~ 0.008.
        double s = 10.58 * 10.58;
        for (double x : new double[] {1e-6, 1e-3, 0.1, 0.5, 0.9}) {
            double full = isr.value(x, s);
            double lead = isr.leadingValue(x, s);
            assertThat(Math.abs(full / lead - 1)).as("x = %s", x).isLessThan(0.05);
        }
        assertThat(isr.value(0.3, s))
                .isEqualTo(isr.softFactor(s) * isr.beta(s) * Math.pow(0.3, isr.beta(s) - 1) + isr.hardPart(0.3, s));
    }
}
