package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * EvtGen's {@code SVS}: a spin-0 particle to a vector (first daughter) and a spin-0 particle
 * (behaviour of EvtGen's {@code src/EvtGenModels/EvtSVS.cpp}). Angular momentum conservation puts
 * the vector in the helicity-0 state along its direction of flight: the decay itself is isotropic,
 * and the model marks the vector ({@link #alignsDaughter}) so that the engine passes that axis to
 * the vector's own decay (e.g. {@code VSS}: cos^2 of the helicity angle). Stateless.
 */
final class SvsModel implements DecModel {
    SvsModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        DecModelSupport.requireShape("SVS", daughters, 2, args, 0);
        DecModelSupport.requireSpin("SVS", "a parent", parent, 0);
        DecModelSupport.requireSpin("SVS", "daughter 1", daughters.get(0), 2);
        DecModelSupport.requireSpin("SVS", "daughter 2", daughters.get(1), 0);
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        DecModelSupport.twoBody(
                parentMass, masses[0], masses[1], 2 * rng.nextDouble() - 1, 2 * Math.PI * rng.nextDouble(), null, out);
    }

    @Override
    public boolean alignsDaughter(int i) {
        return i == 0;
    }
}
