package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.List;

/** Builds a {@link DecModel} for one channel of a DEC decay table (registered in {@link DecModels}). */
@FunctionalInterface
public interface DecModelFactory {
    /**
     * @param parent the decaying particle
     * @param daughters the daughters, in the order of the decay line
     * @param args the model arguments of the decay line (numbers, after {@code Define}
     *     substitution)
     * @param table the particle table (for resonance masses)
     * @throws IllegalArgumentException when the daughters' number or spins or the arguments do not
     *     fit the model; the message says what was expected
     */
    DecModel create(ParticleData parent, List<ParticleData> daughters, double[] args, ParticleTable table);
}
