package io.upsilon.generators.amplitude;

/**
 * The helicity-summed squared matrix element of e-(p1) e+(p2) -&gt; f(p3) fbar(p4) X(k) with a boson X
 * radiated off the fermion line, without the coupling constants: what a generator of e+e- -&gt; mu+ mu- X
 * needs from the amplitude, whatever the spin of X (a vector: {@link EeFfVectorAmplitude}, a scalar:
 * {@link EeFfScalarAmplitude}).
 */
public interface RadiatedBosonAmplitude {
    /**
     * Sum over all helicities of |M|^2 at the momenta {@code p} (p1 at 0, p2 at 4, p3 at 8, p4 at 12, k at
     * 16, each (px, py, pz, E)), without the coupling factors; divide by 4 for the spin average.
     */
    double summedSquared(double[] p);
}
