package io.upsilon.searches.taumass;

import io.upsilon.core.kinematics.LorentzVector;

/**
 * The τ pseudomass (PHYSICS.md §4.5, ARGUS): for τ → X ν with the hadronic system X of mass M_X,
 * energy E_X and momentum p_X in a frame where the τ has energy E_τ,
 *
 * <pre>
 *   M_min = sqrt( M_X^2 + 2 (E_τ − E_X) (E_X − p_X) ) ≤ m_τ,
 * </pre>
 *
 * the τ mass with the neutrino taken parallel to X (cos θ = 1 minimises m_τ^2 = M_X^2 + 2(E_τ −
 * E_X)(E_X − p_X cos θ)). The analysis evaluates it in the CM frame with E_τ = E*_beam = √s/2.
 */
public final class PseudoMass {
    private PseudoMass() {}

    /**
     * M_min from the hadronic system's mass, energy and momentum and the assumed τ energy (GeV).
     * A negative M_min^2 (possible only when E_X exceeds E_τ by resolution) gives 0.
     */
    public static double mMin(double mX, double eX, double pX, double eTau) {
        double m2 = mX * mX + 2 * (eTau - eX) * (eX - pX);
        return Math.sqrt(Math.max(m2, 0));
    }

    /** M_min of the four-momentum {@code x} (any frame) with the τ energy {@code eTau} of that frame. */
    public static double mMin(LorentzVector x, double eTau) {
        return mMin(x.m(), x.e(), x.p(), eTau);
    }
}
