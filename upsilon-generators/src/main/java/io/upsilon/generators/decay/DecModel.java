package io.upsilon.generators.decay;

import io.upsilon.core.random.RandomStream;

/**
 * The dynamics of one channel of a DEC decay table ({@link DecFile}): generates the daughters'
 * four-momenta in the parent's rest frame for the parent mass and daughter masses of this decay
 * (which vary from decay to decay when the hadron decay engine draws Breit-Wigner masses, unlike
 * the fixed-mass tau {@link DecayModel}s). Instances are created once per channel by {@link
 * DecModels} and reused; {@link #generate} does not allocate. Not thread-safe unless stated: an
 * engine takes its own copies through {@link #newInstance()}.
 */
public interface DecModel {
    /**
     * Writes (px, py, pz, E) of daughter i at {@code out[4 i .. 4 i + 3]} in the parent rest frame,
     * unweighted, distributed per the model's matrix element.
     *
     * @param parentMass the parent's mass in this decay, GeV; above the sum of {@code masses}
     * @param masses the daughters' masses in this decay, GeV, in the channel's order
     * @param helicityAxis {@code null} for an unpolarised parent; otherwise the unit vector (in the
     *     parent rest frame, at {@code helicityAxis[0..2]}) along which a vector parent is in the
     *     helicity-0 state (set by {@link SvsModel} for the vector it makes). Models of spin-0
     *     parents ignore it.
     * @param rng the random stream
     * @param out the output array, at least {@code 4 * masses.length} long
     */
    void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out);

    /**
     * Like {@link #generate} for a vector parent made by e+e- annihilation through a virtual
     * photon: an equal, incoherent mixture of helicities +1 and -1 along {@code beamAxis} (a unit
     * vector in the parent rest frame at {@code beamAxis[0..2]}; its sign does not matter), i.e.
     * transverse polarisation about the beam. The default decays the parent unpolarised; models
     * whose angular distribution depends on it (e.g. {@code VSS}: sin^2 theta) override this.
     */
    default void generateTransverse(
            double parentMass, double[] masses, double[] beamAxis, RandomStream rng, double[] out) {
        generate(parentMass, masses, null, rng, out);
    }

    /**
     * Whether the model leaves its daughter {@code i} (a vector) in the helicity-0 state along its
     * direction of flight in the parent rest frame, so that its own decay must be aligned.
     */
    default boolean alignsDaughter(int i) {
        return false;
    }

    /**
     * Whether the decay just generated fixes the two-body decay of daughter {@code i} (a vector
     * whose decay angles are correlated with its siblings', as the D* of B -&gt; D* l nu); if so,
     * writes at {@code out[0..3]} the four-momentum, in the parent rest frame, of the daughter's
     * first decay product as the model drew it. The engine applies it when the daughter decays
     * through {@code VSS} (see {@link HadronDecayer}). Called after {@link #generate}.
     */
    default boolean fixesDecayOf(int i, double[] out) {
        return false;
    }

    /**
     * The mass (GeV) this model gives its daughter {@code i} in every decay, instead of the
     * particle data's (a particle whose mass is a parameter of the signal, e.g. the dark scalar of
     * {@link BToKScalarModel}); the engine uses it for the channel's threshold and passes it in
     * {@code masses}. NaN (the default) keeps the particle's mass.
     */
    default double daughterMass(int i) {
        return Double.NaN;
    }

    /**
     * The mean decay length c tau (cm) of daughter {@code i} for its flight to its decay vertex,
     * instead of its particle data's; NaN (the default) keeps the particle's.
     */
    default double daughterCTau(int i) {
        return Double.NaN;
    }

    /**
     * The channel (0-based, in file order) of daughter {@code i}'s own decay table by which it
     * must decay, instead of one drawn by branching fraction; -1 (the default) draws as usual.
     */
    default int daughterChannel(int i) {
        return -1;
    }

    /** A copy with its own scratch buffers (stateless models return {@code this}). */
    default DecModel newInstance() {
        return this;
    }
}
