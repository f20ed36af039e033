package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import java.util.List;

/**
 * {@code ee-mumu-scalar}: e+e- -&gt; mu+ mu- S with the muonphilic scalar of {@link MuonphilicScalar}
 * radiated off the muons, the {@link MuMuBosonGenerator} with the scalar amplitude.
 */
public final class MuMuScalarProcess implements Process {
    /** Registry name. */
    public static final String NAME = "ee-mumu-scalar";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "e+e- -> mu+mu- S, muonphilic scalar (Yukawa g_S to muons only) radiated off the muons, exact 2->3"
                + " tree-level matrix element, on-shell S -> mu mu / gamma gamma (muon loop) by BR, or decay=mumu"
                + " forced (weight x BR); weight = production cross section; ISR and vacuum polarisation at s'"
                + " (--no-radiation: tree level)";
    }

    @Override
    public List<ProcessParameter> parameters() {
        return List.of(
                new ProcessParameter("mass", "GeV", "scalar mass", 1.0, 0.01, 10.0),
                new ProcessParameter("gs", "", "Yukawa coupling g_S of S to muons", 0.01, 1e-6, 10.0),
                ProcessParameter.text(
                        "decay",
                        "S decays generated: all (mu mu and gamma gamma by BR; weight = sigma) or mumu (weight = sigma"
                                + " x BR(mu mu))",
                        "all"));
    }

    @Override
    public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        double mass = values.get("mass");
        double muMass = ParticleTable.standard().byId(13).mass();
        if (!(beam.sqrtS() > 2 * muMass + mass)) {
            throw new InputException(
                    "--param",
                    "mass",
                    "scalar mass " + mass + " GeV is above the kinematic limit for sqrt(s) = " + beam.sqrtS());
        }
        String decay = values.text("decay");
        if (!decay.equals("all") && !decay.equals("mumu")) {
            throw new InputException("--param", "decay", "expected all or mumu, got '" + decay + "'");
        }
        boolean forced = decay.equals("mumu");
        if (forced && !(mass > 2 * muMass)) {
            throw new InputException("--param", "decay", "S -> mu mu needs M > 2 m_mu, got M = " + mass + " GeV");
        }
        return new MuMuBosonGenerator(beam, new MuonphilicScalar(mass, values.get("gs"), forced), options);
    }
}
