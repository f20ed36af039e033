package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * EvtGen's {@code VSP_PWAVE}: a vector to a spin-0 particle and a photon in a P wave (behaviour of
 * EvtGen's {@code src/EvtGenModels/EvtVSPPwave.cpp}), e.g. D*0 -&gt; D0 gamma. The real photon has
 * helicity +-1, so a helicity-0 parent gives |d^1_{0,+-1}(theta)|^2 = sin^2 theta / 2 each, i.e. sin^2
 * theta about the axis; an unpolarised parent decays isotropically. Daughters: the spin-0 particle
 * and the photon, in either order. Stateless.
 */
final class VspPwaveModel implements DecModel {
    private static final int PHOTON = 22;

    VspPwaveModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        DecModelSupport.requireShape("VSP_PWAVE", daughters, 2, args, 0);
        DecModelSupport.requireSpin("VSP_PWAVE", "a parent", parent, 2);
        boolean firstIsPhoton = daughters.get(0).id() == PHOTON;
        ParticleData photon = daughters.get(firstIsPhoton ? 0 : 1);
        ParticleData scalar = daughters.get(firstIsPhoton ? 1 : 0);
        if (photon.id() != PHOTON) {
            throw new IllegalArgumentException("VSP_PWAVE expects a photon (gamma) among its two daughters, got "
                    + daughters.get(0).name() + " " + daughters.get(1).name());
        }
        DecModelSupport.requireSpin("VSP_PWAVE", "the non-photon daughter", scalar, 0);
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        double c = helicityAxis == null
                ? 2 * rng.nextDouble() - 1
                : DecModelSupport.cosineOnePlusKCos2(-1, rng); // sin^2 theta = 1 - cos^2 theta
        DecModelSupport.twoBody(parentMass, masses[0], masses[1], c, 2 * Math.PI * rng.nextDouble(), helicityAxis, out);
    }
}
