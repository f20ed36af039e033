package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The models of DEC decay tables by their EvtGen name: the one place such a model is registered
 * (one line each). Unknown names are an error, never a silent fall-back to phase space. (The tau
 * table's fixed-mass models have their own registry, {@link DecayModels}.)
 */
public final class DecModels {
    private static final Map<String, DecModelFactory> FACTORIES;

    static {
        Map<String, DecModelFactory> m = new LinkedHashMap<>();
        m.put("PHSP", (parent, daughters, args, table) -> new PhspModel(daughters, args));
        m.put("VSS", (parent, daughters, args, table) -> new VssModel(parent, daughters, args));
        m.put("SVS", (parent, daughters, args, table) -> new SvsModel(parent, daughters, args));
        m.put("VSP_PWAVE", (parent, daughters, args, table) -> new VspPwaveModel(parent, daughters, args));
        m.put("VLL", (parent, daughters, args, table) -> new VllModel(parent, daughters, args));
        m.put("PI0_DALITZ", Pi0DalitzModel::new);
        m.put("ETA_DALITZ", (parent, daughters, args, table) -> new EtaDalitzModel(parent, daughters, args));
        m.put("OMEGA_DALITZ", (parent, daughters, args, table) -> new OmegaDalitzModel(parent, daughters, args));
        m.put("SLBKPOLE", (parent, daughters, args, table) -> new SlBkPoleModel(parent, daughters, args));
        m.put("VSS_BMIX", (parent, daughters, args, table) -> new VssBMixModel(parent, daughters, args));
        m.put("SSD_CP", (parent, daughters, args, table) -> new SsdCpModel(parent, daughters, args));
        m.put("HQET2", (parent, daughters, args, table) -> Hqet2Model.create(parent, daughters, args, table));
        m.put("BGL", (parent, daughters, args, table) -> BglModel.create(parent, daughters, args));
        m.put("LLSW", (parent, daughters, args, table) -> LlswModel.create(parent, daughters, args));
        m.put("BCL", (parent, daughters, args, table) -> LightMesonSemileptonicModels.bcl(parent, daughters, args));
        m.put(
                "BTOVLNU_BSZ",
                (parent, daughters, args, table) -> LightMesonSemileptonicModels.bsz(parent, daughters, args));
        m.put("BTOKSCALAR", (parent, daughters, args, table) -> new BToKScalarModel(parent, daughters, args));
        m.put("BTOXSGAMMA", (parent, daughters, args, table) -> new BToXsGammaModel(parent, daughters, args));
        m.put("VUB", (parent, daughters, args, table) -> new VubModel(parent, daughters, args));
        m.put("QUARK_STRING", (parent, daughters, args, table) -> new QuarkStringModel(daughters, args, table));
        // EvtGen's name for its quark-level lines, so that EvtGen files port (see QuarkStringModel).
        m.put("PYTHIA", (parent, daughters, args, table) -> new QuarkStringModel(daughters, args, table));
        m.put("KNUNU", (parent, daughters, args, table) -> new KnunuModel(parent, daughters, args));
        m.put("KSTARNUNU", (parent, daughters, args, table) -> new KstarNunuModel(parent, daughters, args));
        m.put("BTOSLL_BSZ", (parent, daughters, args, table) -> new BToSllBszModel(parent, daughters, args));
        FACTORIES = Collections.unmodifiableMap(m);
    }

    private DecModels() {}

    /** The registered model names, in registration order. */
    public static Set<String> names() {
        return FACTORIES.keySet();
    }

    /** Whether a model of this (case-sensitive) name is registered. */
    public static boolean contains(String name) {
        return FACTORIES.containsKey(name);
    }

    /**
     * A model instance for one channel.
     *
     * @throws IllegalArgumentException for an unknown name (listing the known ones) or daughters
     *     and arguments the model cannot use (saying what it expects)
     */
    public static DecModel create(
            String name, ParticleData parent, List<ParticleData> daughters, double[] args, ParticleTable table) {
        DecModelFactory f = FACTORIES.get(name);
        if (f == null) {
            throw new IllegalArgumentException(
                    "unknown decay model '" + name + "'; known models: " + String.join(", ", FACTORIES.keySet()));
        }
        return f.create(parent, daughters, args.clone(), table);
    }
}
