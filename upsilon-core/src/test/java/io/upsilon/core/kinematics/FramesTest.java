package io.upsilon.core.kinematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@link Frames#direction}: a unit vector at the asked polar angle about any axis, azimuths a right-handed turn. */
class FramesTest {
    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    @Test
    void directionHasUnitLengthThePolarAngleAndTurnsRightHandedAboutTheAxis() {
        // Axes on both sides of the branch at |a_x| = 0.6, along x, y, z and oblique.
        double[][] axes = {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}, {0.59, 0.8, 0.1}, {0.61, -0.7, 0.37}, {-0.8, 0.6, 0}};
        double[] c = {-1, -0.3, 0, 0.5, 1};
        for (double[] raw : axes) {
            double n = Math.sqrt(dot(raw, raw));
            double[] a = {raw[0] / n, raw[1] / n, raw[2] / n};
            for (double cos : c) {
                double[] d0 = new double[3];
                double[] d90 = new double[3];
                Frames.direction(cos, 0, a[0], a[1], a[2], d0, 0);
                Frames.direction(cos, Math.PI / 2, a[0], a[1], a[2], d90, 0);
                assertThat(dot(d0, d0)).isCloseTo(1, within(1e-14));
                assertThat(dot(d0, a)).isCloseTo(cos, within(1e-14));
                if (Math.abs(cos) < 1) {
                    // The transverse parts at azimuth 0 and 90 degrees are orthogonal, and
                    // (t0 x t90) points along +a: a right-handed turn about the axis.
                    double[] t0 = {d0[0] - cos * a[0], d0[1] - cos * a[1], d0[2] - cos * a[2]};
                    double[] t90 = {d90[0] - cos * a[0], d90[1] - cos * a[1], d90[2] - cos * a[2]};
                    assertThat(dot(t0, t90)).isCloseTo(0, within(1e-14));
                    double[] cross = {
                        t0[1] * t90[2] - t0[2] * t90[1],
                        t0[2] * t90[0] - t0[0] * t90[2],
                        t0[0] * t90[1] - t0[1] * t90[0]
                    };
                    assertThat(dot(cross, a)).isCloseTo(1 - cos * cos, within(1e-14));
                }
            }
        }
    }
}
