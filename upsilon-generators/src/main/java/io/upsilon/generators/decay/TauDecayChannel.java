package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import java.util.List;
import java.util.Objects;

/**
 * One decay mode of the tau-: its name, branching fraction, model name, products (in the order the
 * model expects) and the model itself. The tau+ mode is the charge conjugate.
 *
 * @param name mode name, e.g. {@code pi-pi0-nu}
 * @param branchingFraction branching fraction in (0, 1]
 * @param modelName name of the model in {@link DecayModels}
 * @param products the daughters of the tau-
 * @param model the dynamics
 */
public record TauDecayChannel(
        String name, double branchingFraction, String modelName, List<ParticleData> products, DecayModel model) {
    public TauDecayChannel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(model, "model");
        products = List.copyOf(products);
        if (!(branchingFraction >= 0 && branchingFraction <= 1)) {
            throw new IllegalArgumentException(
                    "mode " + name + ": branching fraction must be in [0, 1], got " + branchingFraction);
        }
        if (model.size() != products.size()) {
            throw new IllegalArgumentException("mode " + name + ": model makes " + model.size() + " daughters, "
                    + products.size() + " products listed");
        }
    }

    /** The same mode with another branching fraction. */
    public TauDecayChannel withBranchingFraction(double br) {
        return new TauDecayChannel(name, br, modelName, products, model);
    }
}
