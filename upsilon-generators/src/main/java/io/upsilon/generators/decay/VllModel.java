package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * EvtGen's {@code VLL}: a vector to a lepton pair through a vector current (behaviour of EvtGen's
 * {@code src/EvtGenModels/EvtVll.cpp}), e.g. J/psi -&gt; mu+ mu-. With beta the lepton velocity in
 * the parent frame, the angular distribution about the quantisation axis is 1 + cos^2 theta + (1 -
 * beta^2) sin^2 theta for helicity +-1 (the e+ e- -&gt; V case about the beam) and 1 - beta^2 cos^2
 * theta for helicity 0; their sum over the three states is flat. Upsilon's hadrons are produced
 * unpolarised, so an unpolarised parent decays isotropically; a helicity-0 parent (made by {@code
 * SVS}) follows 1 - beta^2 cos^2 theta. Daughters: two charged spin-1/2 particles of opposite
 * charge. Stateless.
 */
final class VllModel implements DecModel {
    VllModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        DecModelSupport.requireShape("VLL", daughters, 2, args, 0);
        DecModelSupport.requireSpin("VLL", "a parent", parent, 2);
        DecModelSupport.requireSpin("VLL", "daughter 1", daughters.get(0), 1);
        DecModelSupport.requireSpin("VLL", "daughter 2", daughters.get(1), 1);
        if (daughters.get(0).charge() == 0
                || daughters.get(0).charge() != -daughters.get(1).charge()) {
            throw new IllegalArgumentException("VLL expects two charged leptons of opposite charge, got "
                    + daughters.get(0).name() + " " + daughters.get(1).name());
        }
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        double c;
        if (helicityAxis == null) {
            c = 2 * rng.nextDouble() - 1;
        } else {
            double m = masses[0];
            double beta2 = 1 - 4 * m * m / (parentMass * parentMass);
            c = DecModelSupport.cosineOnePlusKCos2(-beta2, rng);
        }
        DecModelSupport.twoBody(parentMass, masses[0], masses[1], c, 2 * Math.PI * rng.nextDouble(), helicityAxis, out);
    }
}
