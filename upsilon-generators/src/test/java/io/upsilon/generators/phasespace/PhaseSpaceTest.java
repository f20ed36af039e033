package io.upsilon.generators.phasespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class PhaseSpaceTest {
    private static double[] meanAndError(NBodyPhaseSpace ps, RandomStream rng, int events, double[] out) {
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < events; i++) {
            double w = ps.generate(rng, out);
            s += w;
            s2 += w * w;
        }
        double mean = s / events;
        return new double[] {mean, Math.sqrt(Math.max(0, s2 / events - mean * mean) / (events - 1))};
    }

    @Test
    void twoBodyMomentumAndVolume() {
        // tau -> pi nu: p* = (m_tau^2 - m_pi^2)/(2 m_tau) = 0.883 GeV ([D], PDG 2024 masses).
        assertThat(TwoBody.momentum(1.77693, 0.13957039, 0)).isCloseTo(0.883, within(0.0005));
        assertThat(TwoBody.momentum(1.0, 0.6, 0.6)).isZero();
        // Massless: Phi_2 = 1/(8 pi) for any M.
        assertThat(TwoBody.phaseSpace(10, 0, 0)).isCloseTo(1 / (8 * Math.PI), within(1e-15));
        assertThat(TwoBody.kallen(4, 1, 1)).isCloseTo(0, within(1e-15));
    }

    @Test
    void masslessNBodyVolumesMatchTheClosedForm() {
        RandomStream rng = RandomStreams.of(3).stream("ps");
        double[] out = new double[4 * 5];
        // Phi_2 = 1/(8 pi), Phi_3 = s/(256 pi^3): the closed form reproduces the textbook values.
        assertThat(NBodyPhaseSpace.masslessVolume(2, 3)).isCloseTo(1 / (8 * Math.PI), within(1e-15));
        assertThat(NBodyPhaseSpace.masslessVolume(3, 3)).isCloseTo(9 / (256 * Math.pow(Math.PI, 3)), within(1e-15));
        for (int n = 2; n <= 5; n++) {
            NBodyPhaseSpace ps = new NBodyPhaseSpace(3.0, new double[n]);
            double[] r = meanAndError(ps, rng, 200_000, out);
            double exact = NBodyPhaseSpace.masslessVolume(n, 3.0);
            // Mean weight within 5 Monte Carlo standard errors of the closed form.
            assertThat(r[0])
                    .as("n = %d", n)
                    .isCloseTo(exact, within(5 * r[1] + 1e-10 * exact)); // 1e-10: rounding of 2e5 summed weights
        }
    }

    @Test
    void masslessFirstParticleHasFiniteMomentaThatConserveFourMomentum() {
        // Particle 0 massless: it used to be "boosted from rest" with beta = 1, giving NaN momenta.
        RandomStream rng = RandomStreams.of(5).stream("ps");
        NBodyPhaseSpace ps = new NBodyPhaseSpace(3.0, 0.0, 0.0, 0.0);
        double[] out = new double[12];
        for (int e = 0; e < 1000; e++) {
            ps.generate(rng, out);
            double[] sum = new double[4];
            for (int i = 0; i < 3; i++) {
                double m2 = out[4 * i + 3] * out[4 * i + 3]
                        - out[4 * i] * out[4 * i]
                        - out[4 * i + 1] * out[4 * i + 1]
                        - out[4 * i + 2] * out[4 * i + 2];
                // Rounding: a nearly massless sub-system is boosted with gamma up to ~1e4 (small u draws),
                // which amplifies double rounding to ~1e-10..1e-8 here; a NaN or a wrong momentum is O(1).
                assertThat(m2).isCloseTo(0.0, within(1e-7));
                for (int c = 0; c < 4; c++) {
                    assertThat(out[4 * i + c]).isFinite();
                    sum[c] += out[4 * i + c];
                }
            }
            // The same rounding as above.
            assertThat(sum[0]).isCloseTo(0.0, within(1e-7));
            assertThat(sum[1]).isCloseTo(0.0, within(1e-7));
            assertThat(sum[2]).isCloseTo(0.0, within(1e-7));
            assertThat(sum[3]).isCloseTo(3.0, within(1e-7));
        }
    }

    @Test
    void massiveThreeBodyConservesFourMomentumAndMasses() {
        double[] masses = {0.13957039, 0.13957039, 0.13957039};
        NBodyPhaseSpace ps = new NBodyPhaseSpace(1.2, masses);
        RandomStream rng = RandomStreams.of(4).stream("ps");
        double[] out = new double[12];
        for (int i = 0; i < 10_000; i++) {
            assertThat(ps.generate(rng, out)).isPositive();
            double px = 0;
            double py = 0;
            double pz = 0;
            double e = 0;
            for (int k = 0; k < 3; k++) {
                px += out[4 * k];
                py += out[4 * k + 1];
                pz += out[4 * k + 2];
                e += out[4 * k + 3];
                double m2 = out[4 * k + 3] * out[4 * k + 3]
                        - (out[4 * k] * out[4 * k] + out[4 * k + 1] * out[4 * k + 1] + out[4 * k + 2] * out[4 * k + 2]);
                assertThat(Math.sqrt(m2)).isCloseTo(masses[k], within(1e-9));
            }
            assertThat(Math.abs(px) + Math.abs(py) + Math.abs(pz)).isLessThan(1e-12);
            assertThat(e).isCloseTo(1.2, within(1e-12));
        }
    }

    @Test
    void massiveThreeBodyVolumeMatchesTheDalitzIntegral() {
        // Phi_3 = 1/(128 pi^3 M^2) * area of the Dalitz plot in (m12^2, m23^2): integrate the area
        // numerically (Dalitz boundaries) and compare with the generator's mean weight.
        double bigM = 1.5;
        double m1 = 0.1396;
        double m2 = 0.1396;
        double m3 = 0.4937;
        int steps = 20_000;
        double lo = (m1 + m2) * (m1 + m2);
        double hi = (bigM - m3) * (bigM - m3);
        double area = 0;
        double h = (hi - lo) / steps;
        for (int i = 0; i < steps; i++) {
            double s12 = lo + (i + 0.5) * h;
            double m12 = Math.sqrt(s12);
            double e2 = (s12 - m1 * m1 + m2 * m2) / (2 * m12);
            double e3 = (bigM * bigM - s12 - m3 * m3) / (2 * m12);
            double p2 = Math.sqrt(Math.max(0, e2 * e2 - m2 * m2));
            double p3 = Math.sqrt(Math.max(0, e3 * e3 - m3 * m3));
            double s23max = (e2 + e3) * (e2 + e3) - (p2 - p3) * (p2 - p3);
            double s23min = (e2 + e3) * (e2 + e3) - (p2 + p3) * (p2 + p3);
            area += (s23max - s23min) * h;
        }
        double exact = area / (128 * Math.pow(Math.PI, 3) * bigM * bigM);
        NBodyPhaseSpace ps = new NBodyPhaseSpace(bigM, m1, m2, m3);
        double[] r = meanAndError(ps, RandomStreams.of(5).stream("ps"), 400_000, new double[12]);
        // Midpoint rule with 2e4 steps: relative error ~1e-6 near the square-root edges; 5 MC errors.
        assertThat(r[0]).isCloseTo(exact, within(5 * r[1] + 1e-5 * exact));
    }

    @Test
    void rejectsImpossibleSystems() {
        assertThatThrownBy(() -> new NBodyPhaseSpace(0.2, 0.14, 0.14)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NBodyPhaseSpace(1.0, 0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
