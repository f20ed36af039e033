package io.upsilon.generators.decay;

/**
 * The two form factors f+ and f0 of a pseudoscalar-to-pseudoscalar semileptonic transition B -&gt;
 * P l nu ({@code <P(p')| V^mu |B(p)> = f+ (p + p' - (M^2 - m^2) / q^2 q) + f0 (M^2 - m^2) / q^2 q}).
 * Implementations: CLN ({@link ClnFormFactors}), BGL ({@link BglScalarFormFactors}), BCL ({@link
 * BclFormFactors}).
 */
interface PseudoscalarMesonFormFactors {
    /** f+(q^2) for the parent mass M and meson mass m (GeV). */
    double fPlus(double mParent, double mMeson, double q2);

    /** f0(q^2) for the parent mass M and meson mass m (GeV). */
    double fZero(double mParent, double mMeson, double q2);
}
