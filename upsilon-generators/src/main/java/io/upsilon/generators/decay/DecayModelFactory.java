package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.List;

/** Builds a {@link DecayModel} for a parent mass and a list of products (registered in {@link DecayModels}). */
@FunctionalInterface
public interface DecayModelFactory {
    /**
     * @param parentMass parent mass in GeV
     * @param products the daughters, in the order the model expects
     * @param parameters the decay table's parameters (e.g. rho(1450) mass)
     * @param table the particle table, for resonance masses and widths
     * @throws IllegalArgumentException when the products do not fit the model (wrong number,
     *     massive neutrino, ...) or a parameter is missing; the message says what was expected
     */
    DecayModel create(double parentMass, List<ParticleData> products, DecayParameters parameters, ParticleTable table);
}
