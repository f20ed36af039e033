package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import java.util.List;

/**
 * The positions of the positive, negative and neutral spin-0 daughters of a three-body decay (in
 * any order on the decay line), checked once when a model is built.
 *
 * @param plus index of the positive daughter
 * @param minus index of the negative daughter
 * @param neutral index of the neutral daughter
 */
record ThreePionIndices(int plus, int minus, int neutral) {
    static ThreePionIndices of(String model, List<ParticleData> daughters) {
        int plus = -1;
        int minus = -1;
        int neutral = -1;
        for (int i = 0; i < daughters.size(); i++) {
            ParticleData d = daughters.get(i);
            DecModelSupport.requireSpin(model, "daughter " + (i + 1), d, 0);
            if (d.charge() == 1 && plus < 0) {
                plus = i;
            } else if (d.charge() == -1 && minus < 0) {
                minus = i;
            } else if (d.charge() == 0 && neutral < 0) {
                neutral = i;
            }
        }
        if (plus < 0 || minus < 0 || neutral < 0) {
            throw new IllegalArgumentException(
                    model + " expects a positive, a negative and a neutral daughter (pi+ pi- pi0)");
        }
        return new ThreePionIndices(plus, minus, neutral);
    }

    /** The invariant mass squared of daughters a and b given s12, s13, s23. */
    static double pairMass2(int a, int b, double s12, double s13, double s23) {
        int k = a + b;
        return k == 1 ? s12 : k == 2 ? s13 : s23;
    }
}
