package io.upsilon.generators.decay;

/**
 * The four form factors of a pseudoscalar-to-vector semileptonic transition B -&gt; V l nu in the
 * standard convention (M. Wirbel, B. Stech and M. Bauer, Z. Phys. C 29 (1985) 637; the one of
 * {@link SemileptonicVectorModel}'s hadronic current): V, A0, A1, A2 as functions of q^2 for the
 * masses of one decay. Implementations: CLN ({@link ClnFormFactors}), BGL ({@link
 * BglVectorFormFactors}), BSZ ({@link BszVectorFormFactors}).
 */
interface VectorMesonFormFactors {
    /**
     * Writes V, A0, A1, A2 at {@code out[0..3]} for the parent mass {@code mParent}, meson mass
     * {@code mMeson} (GeV) and q^2 (GeV^2) inside the physical region.
     */
    void evaluate(double mParent, double mMeson, double q2, double[] out);
}
