package io.upsilon.generators.phasespace;

import io.upsilon.core.random.RandomStream;

/**
 * One sampling channel of the four-lepton phase space e+e- -&gt; 4 leptons in the canonical CM
 * frame (e- beam along +z): it generates a point and evaluates its own density at any point, as a
 * multi-channel integrator needs (Kleiss and Pittau, Comput. Phys. Commun. 83 (1994) 141).
 *
 * <p>Densities are with respect to the Lorentz-invariant measure without factors of 2 pi,
 * prod_i d^3p_i/(2 E_i) delta^4(p1 + p2 - sum p_i); final-state momenta are (px, py, pz, E) of
 * particle i at {@code out[4 i..]}, i = 0..3.
 */
public interface FourLeptonChannel {
    /**
     * Generates a point at the CM energy {@code sqrtS}; returns false (and leaves {@code out}
     * undefined) when the sampled variables have no physical point.
     */
    boolean generate(RandomStream rng, double sqrtS, double[] out);

    /** The density of this channel at the point {@code p} (0 outside its range). */
    double density(double sqrtS, double[] p);
}
