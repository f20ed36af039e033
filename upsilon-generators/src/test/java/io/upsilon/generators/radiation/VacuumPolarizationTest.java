package io.upsilon.generators.radiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

class VacuumPolarizationTest {
    private static final double M_E = 5.1099895000e-4; // PDG 2024 [S]
    private static final double M_MU = 0.1056583755; // PDG 2024 [S]
    private static final double S_1058 = 10.58 * 10.58;
    private final VacuumPolarization vp = VacuumPolarization.standard();

    /** (2 alpha/pi) int_0^1 x(1-x) ln|1 - x(1-x) s/m^2| dx by brute force (10^6 midpoints). */
    private static double loopByIntegration(double s, double m2) {
        int n = 1_000_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double x = (i + 0.5) / n;
            double y = x * (1 - x);
            sum += y * Math.log(Math.abs(1 - y * s / m2));
        }
        return 2 * PhysicalConstants.ALPHA / Math.PI * sum / n;
    }

    @Test
    void closedFormLoopMatchesItsIntegralDefinition() {
        double m2 = M_MU * M_MU;
        // Space-like, below threshold, just above threshold, and far above.
        for (double s : new double[] {-50, 0.001, 0.03, 4 * m2 * 1.01, 1.0, S_1058}) {
            double exact = VacuumPolarization.fermionLoop(s, m2);
            // Midpoint rule on an integrable log singularity: ~1e-6 relative (checked against 4x the points).
            assertThat(exact)
                    .as("s = %s", s)
                    .isCloseTo(loopByIntegration(s, m2), within(2e-6 * Math.abs(exact) + 1e-12));
        }
    }

    @Test
    void leptonicPartAgreesWithTheAsymptoticFormula() {
        // [D] textbook one-loop asymptotic form: Delta alpha_lep ~ (alpha/3pi) sum_l (ln(s/m_l^2) - 5/3) = 0.0214 at
        // 10.58 GeV, "tau term approximate". For e and mu (s >> m^2) the exact loop equals the asymptotic form to
        // O(m^2/s).
        double a = PhysicalConstants.ALPHA / (3 * Math.PI);
        assertThat(VacuumPolarization.fermionLoop(S_1058, M_E * M_E))
                .isCloseTo(a * (Math.log(S_1058 / (M_E * M_E)) - 5.0 / 3), within(1e-9));
        assertThat(VacuumPolarization.fermionLoop(S_1058, M_MU * M_MU))
                .isCloseTo(a * (Math.log(S_1058 / (M_MU * M_MU)) - 5.0 / 3), within(1e-6)); // O(a 6 m^2/s) = 4.6e-7
        // The tau loop is not asymptotic (4 m_tau^2/s = 0.11): the exact sum sits below 0.0214.
        assertThat(vp.deltaAlphaLeptonic(S_1058)).isCloseTo(0.0214, within(0.0008));
    }

    @Test
    void hadronicModelLandsInTheExpectedRange() {
        // Estimate [E], not a published fit: Delta alpha_had(10.58 GeV) ~ 0.015-0.016; the model is not fitted to it.
        assertThat(vp.deltaAlphaHadronic(S_1058)).isBetween(0.0145, 0.0165);
        // [D/E] VP factor on s-channel cross sections ~1.07-1.08.
        assertThat(vp.factor(S_1058)).isBetween(1.07, 1.08);
        // Away from resonances the linear resonance treatment equals 1/(1 - Delta alpha)^2 up to second-order
        // terms ~ 4 Delta alpha_cont Re Pi_R = 4 x 0.031 x 0.006 ~ 1e-3 (a genuine O(alpha^2) model ambiguity).
        double d = vp.deltaAlpha(S_1058);
        assertThat(vp.factor(S_1058)).isCloseTo(1 / ((1 - d) * (1 - d)), within(1.2e-3));
    }

    @Test
    void tableMatchesExactEvaluation() {
        // Linear interpolation in ln s on 2^14 points (exact near the threshold cusps): 5e-7 absolute
        // is far below the model's own uncertainty (~1e-3 on Delta alpha_had).
        for (double logS = Math.log(0.02); logS < Math.log(300); logS += 0.00137) {
            double s = Math.exp(logS);
            assertThat(vp.continuum(s)).as("s = %s", s).isCloseTo(vp.continuumExact(s), within(5e-7));
        }
    }

    @Test
    void narrowResonancePeakHasTheTextbookHeight() {
        // At the J/psi pole the lepton-pair cross section relative to QED is 9 B_ee^2/alpha^2 = (3 Gamma_ee/(alpha
        // Gamma))^2
        // (peak of e+e- -> J/psi -> mu mu over 4 pi alpha^2/3s): 602 for PDG Gamma_ee = 5.53 keV, Gamma = 92.6 keV [R].
        double m = 3.096900;
        double peak = vp.factor(m * m);
        double expected = Math.pow(3 * 5.53e-6 / (PhysicalConstants.ALPHA * 9.26e-5), 2);
        // Plus the continuum (1/(1 - Delta alpha_cont))^2 ~ 1.03 added in quadrature-like fashion: within 1%.
        assertThat(peak).isCloseTo(expected, within(0.01 * expected));
    }

    @Test
    void spaceLikeDressingRunsLikeTheAsymptoticLogarithms() {
        double[] d = new double[2];
        // q^2 = 0: alpha(0), no running
        vp.dressing(0, d);
        assertThat(d[0]).isEqualTo(1.0);
        // Space-like q^2: real; alpha runs up with |q^2| (Delta alpha > 0, growing).
        double previous = 1;
        for (double q2 : new double[] {-0.01, -0.1, -1, -10, -S_1058}) {
            vp.dressing(q2, d);
            assertThat(d[1]).isZero();
            assertThat(d[0]).as("q2 = %s", q2).isGreaterThan(previous);
            previous = d[0];
        }
        // Leptonic part at |q^2| >> m_l^2: (alpha/3 pi) sum_l (ln(|q^2|/m_l^2) - 5/3) [textbook];
        // at q^2 = -s the tau loop (4 m_tau^2/s = 0.11) is not yet asymptotic: compare e + mu only, with the tau
        // taken from the closed form. Power corrections m^2/|q^2| < 1e-3 for the muon: 1e-5 absolute.
        double a = PhysicalConstants.ALPHA / (3 * Math.PI);
        double asymptotic =
                a * (Math.log(S_1058 / (M_E * M_E)) - 5.0 / 3) + a * (Math.log(S_1058 / (M_MU * M_MU)) - 5.0 / 3);
        double tau = VacuumPolarization.fermionLoop(-S_1058, 1.77693 * 1.77693);
        assertThat(vp.deltaAlphaLeptonic(-S_1058) - tau).isCloseTo(asymptotic, within(1e-5));
        // The logarithms are even in q^2 at large |q^2|: Delta alpha_lep(-s) and Re Delta alpha_lep(s) differ only
        // by the threshold (tau) terms, a few 1e-4 (tau loop: (alpha/3pi) O(4 m^2/s ln) ~ 3e-4).
        assertThat(vp.deltaAlphaLeptonic(-S_1058)).isCloseTo(vp.deltaAlphaLeptonic(S_1058), within(1e-3));
        // Time-like: |dressing|^2 is the factor used for s-channel cross sections.
        vp.dressing(S_1058, d);
        assertThat(d[0] * d[0] + d[1] * d[1]).isCloseTo(vp.factor(S_1058), within(1e-12));
        // The hadronic space-like part at -s is of the size of the time-like one (estimate 0.015-0.016 [E]
        // at 10.58 GeV), within a factor 2 (the resonance terms change sign between the two sides of their poles).
        assertThat(vp.deltaAlphaHadronic(-S_1058)).isBetween(0.007, 0.03);
    }
}
