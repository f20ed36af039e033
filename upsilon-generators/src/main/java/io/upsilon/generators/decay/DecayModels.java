package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The decay models by name: the one place a model is registered (names used in decay tables). */
public final class DecayModels {
    private static final Map<String, DecayModelFactory> FACTORIES;

    static {
        Map<String, DecayModelFactory> m = new LinkedHashMap<>();
        m.put("leptonic", (mass, products, params, table) -> new LeptonicDecayModel(mass, products));
        m.put("two-body", (mass, products, params, table) -> new TwoBodyDecayModel(mass, products));
        m.put("rho", RhoDecayModel::new);
        m.put("a1", (mass, products, params, table) -> new A1DecayModel(mass, products, table));
        m.put("phase-space", (mass, products, params, table) -> new PhaseSpaceDecayModel(mass, products));
        FACTORIES = Collections.unmodifiableMap(m);
    }

    private DecayModels() {}

    /** The registered model names, in registration order. */
    public static Set<String> names() {
        return FACTORIES.keySet();
    }

    /**
     * A model by name.
     *
     * @throws IllegalArgumentException for an unknown name (listing the known ones) or products
     *     and parameters the model cannot use
     */
    public static DecayModel create(
            String name, double parentMass, List<ParticleData> products, DecayParameters params, ParticleTable table) {
        DecayModelFactory f = FACTORIES.get(name);
        if (f == null) {
            throw new IllegalArgumentException(
                    "unknown decay model '" + name + "'; known models: " + String.join(", ", FACTORIES.keySet()));
        }
        return f.create(parentMass, products, params, table);
    }
}
