package io.upsilon.stats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Interpolation codes against hand-computed values. */
class InterpolationTest {

    @Test
    void code1IsExponential() {
        assertThat(Interpolation.code1(0.5, 1.2, 0.9)).isCloseTo(Math.sqrt(1.2), within(1e-15));
        assertThat(Interpolation.code1(-2, 1.2, 0.9)).isCloseTo(0.81, within(1e-15));
        assertThat(Interpolation.code1(0, 1.2, 0.9)).isEqualTo(1.0);
    }

    @Test
    void code4MatchesExponentialOutsideAndIsSmoothAtOne() {
        double hi = 1.3;
        double lo = 0.8;
        double[] c = Interpolation.code4Coefficients(hi, lo);
        assertThat(Interpolation.code4(0, hi, lo, c)).isEqualTo(1.0);
        assertThat(Interpolation.code4(1.5, hi, lo, c)).isCloseTo(Math.pow(hi, 1.5), within(1e-15));
        assertThat(Interpolation.code4(-1.5, hi, lo, c)).isCloseTo(Math.pow(lo, 1.5), within(1e-15));
        // Continuity of value, slope and curvature at +-1 (the defining conditions).
        for (double a : new double[] {1, -1}) {
            double eps = 1e-6;
            double in = Interpolation.code4(a * (1 - eps), hi, lo, c);
            double out = Interpolation.code1(a * (1 - eps), hi, lo);
            assertThat(in).isCloseTo(out, within(1e-12));
            double din = Interpolation.code4Derivative(a * (1 - eps), hi, lo, c);
            double dout = Interpolation.code1Derivative(a * (1 - eps), hi, lo);
            assertThat(din).isCloseTo(dout, within(1e-9));
        }
        // Hand value: polynomial at alpha = 0.5, from the closed-form coefficients.
        double a = 0.5;
        double expected = 1
                + c[0] * a
                + c[1] * a * a
                + c[2] * Math.pow(a, 3)
                + c[3] * Math.pow(a, 4)
                + c[4] * Math.pow(a, 5)
                + c[5] * Math.pow(a, 6);
        assertThat(Interpolation.code4(a, hi, lo, c)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void code4CoefficientsForSymmetricCase() {
        // hi = lo = 1: no variation, all coefficients vanish.
        assertThat(Interpolation.code4Coefficients(1, 1)).containsOnly(0.0);
    }

    @Test
    void code0IsPiecewiseLinear() {
        assertThat(Interpolation.code0(0.5, 10, 12, 9)).isCloseTo(1.0, within(1e-15));
        assertThat(Interpolation.code0(-0.5, 10, 12, 9)).isCloseTo(-0.5, within(1e-15));
        assertThat(Interpolation.code0(2, 10, 12, 9)).isCloseTo(4.0, within(1e-15));
    }

    @Test
    void code4pInterpolatesSmoothly() {
        double nom = 10;
        double hi = 12;
        double lo = 9;
        assertThat(Interpolation.code4p(1, nom, hi, lo)).isCloseTo(2.0, within(1e-14));
        assertThat(Interpolation.code4p(-1, nom, hi, lo)).isCloseTo(-1.0, within(1e-14));
        assertThat(Interpolation.code4p(0, nom, hi, lo)).isEqualTo(0.0);
        // Hand value at alpha = 0.5: S = 1.5, A = 0.0625, 0.5*(1.5 + 0.5*0.0625*(0.25*(0.75-10)+15)).
        double expected = 0.5 * (1.5 + 0.5 * 0.0625 * (0.25 * (3 * 0.25 - 10) + 15));
        assertThat(Interpolation.code4p(0.5, nom, hi, lo)).isCloseTo(expected, within(1e-15));
        assertThat(Interpolation.code4pDerivative(1, nom, hi, lo)).isCloseTo(2.0, within(1e-14));
        assertThat(Interpolation.code4pDerivative(-1, nom, hi, lo)).isCloseTo(1.0, within(1e-14));
    }
}
