package io.upsilon.searches.sin2phi1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

class DeltaTModelTest {
    private static final double TAU = 1.517;
    private static final double DM = 0.5069;
    private static final ResolutionFunction SINGLE = new ResolutionFunction(0, 1, 3, 0);

    /**
     * The closed form of e^(-|t|/tau)/(2 tau) convolved with N(0, w): (1/(4 tau)) [e^(w^2/(2 tau^2) -
     * x/tau) erfc((w/tau - x/w)/sqrt 2) + e^(w^2/(2 tau^2) + x/tau) erfc((w/tau + x/w)/sqrt 2)].
     */
    private static double closedForm(double x, double w) {
        double a = w * w / (2 * TAU * TAU);
        return (Math.exp(a - x / TAU) * Erf.erfc((w / TAU - x / w) / Math.sqrt(2))
                        + Math.exp(a + x / TAU) * Erf.erfc((w / TAU + x / w) / Math.sqrt(2)))
                / (4 * TAU);
    }

    @Test
    void theNumericalConvolutionMatchesTheClosedForm() {
        DeltaTModel m = new DeltaTModel(TAU, DM, SINGLE);
        for (double w : new double[] {0.2, 0.8, 2.5}) {
            for (double x : new double[] {-6, -1.3, -0.1, 0, 0.05, 0.7, 3, 9}) {
                double expected = closedForm(x, w);
                // Simpson's rule with 64 steps per side: relative error of a few 1e-6 for these widths,
                // far below what the fit can see (its statistical errors are per cent).
                assertThat(m.gaussConvolved(x, w, TAU)[0])
                        .as("x = %s, w = %s", x, w)
                        .isCloseTo(expected, within(1e-5 * expected + 1e-12));
            }
        }
    }

    @Test
    void theConvolutionKeepsTheIntegrals() {
        // int e^(-|t|/tau)/(2 tau) cos(dm t) dt = 1 / (1 + (dm tau)^2); the sine integral is 0.
        DeltaTModel m = new DeltaTModel(TAU, DM, new ResolutionFunction(-0.2, 1.2, 5, 0.15));
        double sigma = 0.6;
        double h = 0.01;
        double[] sum = new double[3];
        for (double x = -40; x <= 40; x += h) {
            double[] t = m.terms(x, sigma, TAU);
            for (int k = 0; k < 3; k++) {
                sum[k] += t[k] * h;
            }
        }
        assertThat(sum[0]).isCloseTo(1.0, within(1e-4));
        // A convolution with a normalised function keeps the integral, whatever its mean.
        double xdm = DM * TAU;
        assertThat(sum[2]).isCloseTo(1 / (1 + xdm * xdm), within(1e-4));
        assertThat(sum[1]).isCloseTo(0.0, within(1e-4));
    }

    @Test
    void aNarrowResolutionGivesBackTheUnconvolvedTerms() {
        DeltaTModel m = new DeltaTModel(TAU, DM, SINGLE);
        for (double x : new double[] {-3, -0.8, 1.1, 4}) {
            double[] narrow = m.terms(x, 1e-3, TAU);
            double[] exact = m.terms(x, 0, TAU);
            for (int k = 0; k < 3; k++) {
                assertThat(narrow[k]).isCloseTo(exact[k], within(1e-4));
            }
        }
    }
}
