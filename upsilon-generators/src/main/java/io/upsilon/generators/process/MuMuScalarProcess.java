package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.generators.decay.TauDecayer;
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
                + " forced (weight x BR), or decay=tautau (leptophilic S, g_tau = g_S m_tau/m_mu; weight x BR(tau"
                + " tau), taus decayed); weight = production cross section; ISR and vacuum polarisation at s'"
                + " (--no-radiation: tree level)";
    }

    @Override
    public List<ProcessParameter> parameters() {
        return List.of(
                new ProcessParameter("mass", "GeV", "scalar mass", 1.0, 0.01, 10.0),
                new ProcessParameter("gs", "", "Yukawa coupling g_S of S to muons", 0.01, 1e-6, 10.0),
                ProcessParameter.text(
                        "decay",
                        "S decays generated: all (mu mu and gamma gamma by BR; weight = sigma), mumu (weight = sigma"
                                + " x BR(mu mu)) or tautau (leptophilic S, tau Yukawa g_S m_tau/m_mu; weight = sigma x"
                                + " BR(tau tau))",
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
        if (!decay.equals("all") && !decay.equals("mumu") && !decay.equals("tautau")) {
            throw new InputException("--param", "decay", "expected all, mumu or tautau, got '" + decay + "'");
        }
        if (decay.equals("mumu") && !(mass > 2 * muMass)) {
            throw new InputException("--param", "decay", "S -> mu mu needs M > 2 m_mu, got M = " + mass + " GeV");
        }
        if (decay.equals("tautau")) {
            double tauMass = ParticleTable.standard().byId(15).mass();
            if (!(mass > 2 * tauMass)) {
                throw new InputException(
                        "--param", "decay", "S -> tau tau needs M > 2 m_tau, got M = " + mass + " GeV");
            }
            // the taus (and the hadrons they make) are decayed, as in the other tau processes
            return new TauDecayingGenerator(
                    new MuMuBosonGenerator(beam, new MuonphilicScalar(mass, values.get("gs"), 15), options),
                    new TauDecayer(),
                    options);
        }
        return new MuMuBosonGenerator(
                beam, new MuonphilicScalar(mass, values.get("gs"), decay.equals("mumu") ? 13 : 0), options);
    }
}
