package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.generators.decay.TauDecayer;
import java.util.List;

/** {@code ee-mumu-zprime}: e+e- -&gt; mu+ mu- Z' (L_mu - L_tau), see {@link MuMuZPrimeGenerator}. */
public final class MuMuZPrimeProcess implements Process {
    /** Registry name. */
    public static final String NAME = "ee-mumu-zprime";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "e+e- -> mu+mu- Z' (L_mu-L_tau), Z' radiated off the muons, exact 2->3 tree-level matrix element,"
                + " on-shell Z' -> nu nubar / mu mu / tau tau (scenario 0) or invisible (scenario 1), or decay=mumu|tautau"
                + " forced (weight x BR); taus decayed per the PDG 2024 table; no generation cuts; weight = production cross section (x BR if forced); ISR (Kuraev-Fadin + photon) and vacuum polarisation at s'"
                + " (--no-radiation: tree level)";
    }

    @Override
    public List<ProcessParameter> parameters() {
        return List.of(
                new ProcessParameter("mass", "GeV", "Z' mass", 1.0, 0.01, 10.0),
                new ProcessParameter("gprime", "", "L_mu-L_tau coupling g'", 0.01, 1e-6, 10.0),
                new ProcessParameter(
                        "scenario",
                        "",
                        "invisible scenario: 0 = Z' -> nu nubar only (vanilla), 1 = BR(Z' -> invisible) = 1 (dark fermions)",
                        0,
                        0,
                        1),
                ProcessParameter.text(
                        "decay",
                        "Z' decays generated: all (by branching fraction; weight = sigma), mumu or tautau (that"
                                + " channel only; weight = sigma x BR(channel), scenario 0)",
                        ZPrimeDecayMode.ALL.text()));
    }

    @Override
    public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        double scenario = values.get("scenario");
        if (scenario != 0 && scenario != 1) {
            throw new InputException("--param", "scenario", "expected 0 or 1, got " + scenario);
        }
        double mass = values.get("mass");
        double minimum = 2 * ParticleTable.standard().byId(13).mass() + mass;
        if (!(beam.sqrtS() > minimum)) {
            throw new InputException(
                    "--param",
                    "mass",
                    "Z' mass " + mass + " GeV is above the kinematic limit for sqrt(s) = " + beam.sqrtS());
        }
        ZPrimeDecayMode mode = ZPrimeDecayMode.parse(values.text("decay"));
        LMuLTauZPrime model = new LMuLTauZPrime(mass, values.get("gprime"), (int) scenario);
        if (mode != ZPrimeDecayMode.ALL && (scenario != 0 || !(mass > 2 * decayMass(mode)))) {
            throw new InputException(
                    "--param",
                    "decay",
                    "Z' -> " + mode.text() + " needs scenario 0 and M > 2 m_lepton, got M = " + mass + " GeV, scenario "
                            + (int) scenario);
        }
        MuMuZPrimeGenerator production = new MuMuZPrimeGenerator(beam, model, mode, options);
        // Whenever a Z' can give taus (forced, or by BR in scenario 0 above threshold) the taus and the
        // hadrons they make are decayed, as in the other tau processes; scenario 1 (what the
        // invisible search generates) and the mu mu mode make none, and stay as they were.
        boolean taus = mode == ZPrimeDecayMode.TAUTAU
                || (mode == ZPrimeDecayMode.ALL && scenario == 0 && mass > 2 * decayMass(ZPrimeDecayMode.TAUTAU));
        return taus ? new TauDecayingGenerator(production, new TauDecayer(), options) : production;
    }

    private static double decayMass(ZPrimeDecayMode mode) {
        return ParticleTable.standard()
                .byId(mode == ZPrimeDecayMode.MUMU ? 13 : 15)
                .mass();
    }
}
