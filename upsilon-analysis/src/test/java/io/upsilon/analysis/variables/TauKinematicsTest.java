package io.upsilon.analysis.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The τ-pair kinematics: the ARGUS pseudomass (Phys. Lett. B 292 (1992) 221) and x_ℓ in the τ
 * pseudo-rest frame (Belle II, PRL 130, 181803 (2023)), against closed forms.
 */
class TauKinematicsTest {
    /** PDG 2024 τ mass, GeV. */
    private static final double M_TAU = 1.77693;

    private static final double E_BEAM = 10.58 / 2;

    /**
     * A particle of rest-frame energy eStar and mass m emitted at (cos, phi) (rest-frame axes = CM axes) by a τ
     * flying along dir with E_BEAM.
     */
    private static LorentzVector fromTau(Vec3 dir, double eStar, double m, double cos, double phi) {
        double p = Math.sqrt(eStar * eStar - m * m);
        double sin = Math.sqrt(1 - cos * cos);
        LorentzVector rest = new LorentzVector(p * sin * Math.cos(phi), p * sin * Math.sin(phi), p * cos, eStar);
        double pTau = Math.sqrt(E_BEAM * E_BEAM - M_TAU * M_TAU);
        LorentzVector tau = LorentzVector.of(dir.unit().times(pTau), E_BEAM);
        return rest.boost(tau.boostVector());
    }

    @Test
    void pseudoMassHasItsClosedForm() {
        // M_X = 1, E_X = 3, p_X = 2.5, E_tau = 5: M_min^2 = 1 + 2 (5 - 3)(3 - 2.5) = 3 (by hand).
        assertThat(TauKinematics.pseudoMass(1, 3, 2.5, 5)).isCloseTo(Math.sqrt(3), within(1e-15));
        // A negative square (E_X above E_tau) gives 0.
        assertThat(TauKinematics.pseudoMass(0.5, 6, 1, 5)).isZero();
    }

    @Test
    void pseudoMassNeverExceedsTheTauMassForTrueDecaysAndReachesItForACollinearNeutrino() {
        SplittableRandom rng = new SplittableRandom(7);
        double mX = 1.1; // a three-pion system
        double eStar = (M_TAU * M_TAU + mX * mX) / (2 * M_TAU); // two-body tau -> X nu at rest
        for (int i = 0; i < 2000; i++) {
            double c = 2 * rng.nextDouble() - 1;
            Vec3 dir = Vec3.fromPolar(1, Math.acos(c), 2 * Math.PI * rng.nextDouble());
            LorentzVector x = fromTau(dir, eStar, mX, 2 * rng.nextDouble() - 1, 2 * Math.PI * rng.nextDouble());
            // M_min <= m_tau: the neutrino parallel to X minimises m_tau (rounding allowance 1e-12)
            assertThat(TauKinematics.pseudoMass(x, E_BEAM)).isLessThanOrEqualTo(M_TAU + 1e-12);
        }
        // X emitted backward along the tau flight direction (rest-frame beta gamma 0.45 < the tau's 2.8): in the
        // CM frame X and the neutrino both fly forward, collinear, and M_min = m_tau. Tolerance: E and p of ~5 GeV
        // cancel in E - p, 1e-9 GeV.
        LorentzVector forward = fromTau(new Vec3(0, 0, 1), eStar, mX, -1, 0);
        assertThat(TauKinematics.pseudoMass(forward, E_BEAM)).isCloseTo(M_TAU, within(1e-9));
    }

    @Test
    void xIsExactWhenTheTauDirectionIsExactlyOppositeToTheTag() {
        Vec3 dir = new Vec3(0.3, -0.5, 0.8);
        // Two-body tau -> e alpha at m_alpha = 1 GeV, massless lepton: x = (m_tau^2 - m_alpha^2)/m_tau^2 (PRL 130,
        // 181803).
        double eStar = (M_TAU * M_TAU - 1.0) / (2 * M_TAU);
        double expected = (M_TAU * M_TAU - 1.0) / (M_TAU * M_TAU);
        for (double cos : new double[] {-0.9, -0.2, 0.4, 0.95}) {
            LorentzVector l = fromTau(dir, eStar, 0, cos, 1.1);
            double x = TauKinematics.xLepton(l, dir.negate().times(3.7), E_BEAM, M_TAU);
            assertThat(x).isCloseTo(expected, within(1e-12));
        }
        // m_alpha = 0: the endpoint x = 1.
        LorentzVector l = fromTau(dir, M_TAU / 2, 0, 0.3, 0.2);
        assertThat(TauKinematics.xLepton(l, dir.negate(), E_BEAM, M_TAU)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aWrongTauDirectionSmearsTheLineButKeepsItNearTheTrueValue() {
        Vec3 dir = new Vec3(0, 0.6, 0.8);
        double eStar = M_TAU / 2; // m_alpha = 0, x = 1
        Vec3 tilted = new Vec3(0.1, 0.6, 0.75); // tag not exactly back to back (~6 degrees)
        double sum = 0;
        int n = 0;
        for (double cos = -0.95; cos < 1; cos += 0.1) {
            for (double phi = 0; phi < 6.28; phi += 0.5) {
                LorentzVector l = fromTau(dir, eStar, 0, cos, phi);
                sum += TauKinematics.xLepton(l, tilted.negate(), E_BEAM, M_TAU);
                n++;
            }
        }
        // Averaged over the decay angles, a 6-degree direction error shifts the mean by a few per cent only
        // (boost gamma ~ 3: the lepton energy changes to first order in the angle, averaging to second order).
        assertThat(sum / n).isCloseTo(1.0, within(0.05));
    }
}
