package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * EvtGen's {@code VSS}: a vector to two pseudoscalars or scalars in a P wave (behaviour of EvtGen's
 * {@code src/EvtGenModels/EvtVSS.cpp}; amplitude proportional to epsilon . p). An unpolarised
 * parent (the average over its three helicity states) decays isotropically; a parent in the
 * helicity-0 state along an axis (a vector made by {@code SVS}) gives |d^1_00(theta)|^2 = cos^2
 * theta about that axis; a parent made by e+e- annihilation (helicity +-1 along the beam, {@link
 * #generateTransverse}) gives |d^1_10(theta)|^2 = sin^2 theta / 2 about the beam. Stateless.
 */
final class VssModel implements DecModel {
    VssModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        DecModelSupport.requireShape("VSS", daughters, 2, args, 0);
        DecModelSupport.requireSpin("VSS", "a parent", parent, 2);
        DecModelSupport.requireSpin("VSS", "daughter 1", daughters.get(0), 0);
        DecModelSupport.requireSpin("VSS", "daughter 2", daughters.get(1), 0);
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        double c;
        if (helicityAxis == null) {
            c = 2 * rng.nextDouble() - 1;
        } else {
            c = Math.cbrt(2 * rng.nextDouble() - 1); // density (3/2) c^2: CDF (c^3 + 1) / 2
        }
        DecModelSupport.twoBody(parentMass, masses[0], masses[1], c, 2 * Math.PI * rng.nextDouble(), helicityAxis, out);
    }

    @Override
    public void generateTransverse(
            double parentMass, double[] masses, double[] beamAxis, RandomStream rng, double[] out) {
        double c = DecModelSupport.cosineOnePlusKCos2(-1, rng); // sin^2 theta
        DecModelSupport.twoBody(parentMass, masses[0], masses[1], c, 2 * Math.PI * rng.nextDouble(), beamAxis, out);
    }
}
