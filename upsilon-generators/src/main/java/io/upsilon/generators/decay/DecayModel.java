package io.upsilon.generators.decay;

import io.upsilon.core.random.RandomStream;

/**
 * The dynamics of one decay mode: generates the daughters' four-momenta in the rest frame of the
 * parent, in the product order of the decay table. Implementations precompute what they need
 * (line shapes, maxima) once in their constructor; {@link #generate} does not allocate.
 */
public interface DecayModel {
    /** Number of daughters. */
    int size();

    /**
     * Writes (px, py, pz, E) of daughter i at {@code out[4 i .. 4 i + 3]}, in the parent rest
     * frame, with a distribution given by the model's matrix element (unweighted events).
     */
    void generate(RandomStream rng, double[] out);

    /**
     * A model with its own scratch buffers that shares this one's immutable precomputed tables:
     * a decayer takes one per instance so that decayers on different threads never share mutable
     * state. Stateless models return {@code this}.
     */
    default DecayModel newInstance() {
        return this;
    }

    /**
     * Writes the polarimetric vector h (3 components) of the tau- decay whose rest-frame daughters
     * {@link #generate} wrote to {@code momenta}: the decay rate of a tau- of spin direction s at
     * these momenta is proportional to 1 + h . s, |h| &lt;= 1 ({@link Polarimeter}). The default
     * is h = 0, an unpolarised mode (spin information not modelled). The tau+ polarimeter is
     * h(-p) (CP): call with the daughters' three-momenta reversed.
     */
    default void polarimeter(double[] momenta, double[] h) {
        h[0] = 0;
        h[1] = 0;
        h[2] = 0;
    }
}
