package io.upsilon.searches.taumass;

import io.upsilon.analysis.variables.TauKinematics;
import io.upsilon.core.kinematics.LorentzVector;

/**
 * The τ pseudomass M_min of the τ-mass measurement (ARGUS, Phys. Lett. B 292 (1992) 221): the
 * analysis evaluates it in the CM frame with E_τ = E*_beam = √s/2. The formula lives in {@link
 * TauKinematics#pseudoMass(double, double, double, double)} (registered as the variable {@code
 * tauPseudoMass}); this class keeps the search's name for it.
 */
public final class PseudoMass {
    private PseudoMass() {}

    /** M_min from the hadronic system's mass, energy and momentum and the assumed τ energy (GeV). */
    public static double mMin(double mX, double eX, double pX, double eTau) {
        return TauKinematics.pseudoMass(mX, eX, pX, eTau);
    }

    /** M_min of the four-momentum {@code x} (any frame) with the τ energy {@code eTau} of that frame. */
    public static double mMin(LorentzVector x, double eTau) {
        return TauKinematics.pseudoMass(x, eTau);
    }
}
