package io.upsilon.analysis.variables;

import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;

/**
 * Kinematics of τ pairs at a B factory, where the τ energy in the CM frame is known (E_τ = E*_beam
 * = √s/2, neglecting initial-state radiation) but its direction is not. Stateless.
 */
public final class TauKinematics {
    private TauKinematics() {}

    /**
     * The ARGUS τ pseudomass (ARGUS, Phys. Lett. B 292 (1992) 221): for τ → X ν with the visible
     * system X of mass M_X, energy E_X and momentum p_X in a frame where the τ has energy E_τ,
     *
     * <pre>
     *   M_min = sqrt( M_X^2 + 2 (E_τ − E_X) (E_X − p_X) ) ≤ m_τ,
     * </pre>
     *
     * the τ mass with the neutrino parallel to X (cos θ = 1 minimises m_τ^2 = M_X^2 + 2(E_τ −
     * E_X)(E_X − p_X cos θ)). A negative square (possible only when resolution pushes E_X above E_τ)
     * gives 0.
     */
    public static double pseudoMass(double mX, double eX, double pX, double eTau) {
        double m2 = mX * mX + 2 * (eTau - eX) * (eX - pX);
        return Math.sqrt(Math.max(m2, 0));
    }

    /** {@link #pseudoMass(double, double, double, double)} of the four-momentum {@code x} (any frame). */
    public static double pseudoMass(LorentzVector x, double eTau) {
        return pseudoMass(x.m(), x.e(), x.p(), eTau);
    }

    /**
     * x_ℓ = 2E_ℓ/m_τ with E_ℓ the lepton energy in the τ pseudo-rest frame (Belle II, PRL 130,
     * 181803 (2023), arXiv:2212.03634): in the CM frame the signal τ is given the energy E_τ and the
     * direction opposite to the tag side's momentum, and the lepton is boosted into its rest frame.
     * For a two-body decay τ → ℓ X of a τ at rest, x_ℓ = (m_τ^2 + m_ℓ^2 − m_X^2)/m_τ^2 (1 for a
     * massless X and lepton).
     *
     * @param leptonCms the lepton four-momentum, CM frame
     * @param tagMomentumCms the tag side's momentum, CM frame (+z if it is zero)
     * @param tauEnergy the τ energy assumed, √s/2
     * @param mTau the τ mass
     */
    public static double xLepton(LorentzVector leptonCms, Vec3 tagMomentumCms, double tauEnergy, double mTau) {
        double pTau = Math.sqrt(Math.max(tauEnergy * tauEnergy - mTau * mTau, 0));
        Vec3 dir = tagMomentumCms.mag2() > 0 ? tagMomentumCms.unit().negate() : Vec3.Z;
        LorentzVector tau = LorentzVector.of(dir.times(pTau), tauEnergy);
        return 2 * leptonCms.inRestFrameOf(tau).e() / mTau;
    }
}
