package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The processes Upsilon can generate, by name: the one place where a process is registered. */
public final class ProcessRegistry {
    private final Map<String, Process> processes;

    private ProcessRegistry(Map<String, Process> processes) {
        this.processes = Collections.unmodifiableMap(processes);
    }

    /** Every built-in process. */
    public static ProcessRegistry standard() {
        Map<String, Process> m = new LinkedHashMap<>();
        register(
                m,
                HardPhotonVeto.matchable(
                        fermionPair(
                                "ee-mumu",
                                "e+e- -> mu+mu-(gamma): massive Born, ISR (Kuraev-Fadin + photon), FSR, vacuum polarisation",
                                13),
                        13));
        Process tauPair =
                fermionPair("ee-tautau", "e+e- -> tau+tau-(gamma): massive Born, ISR, FSR, vacuum polarisation", 15);
        register(m, TauPairProcesses.withDecays(tauPair));
        register(m, TauPairProcesses.leptonAlpha(tauPair));
        register(m, TauPairProcesses.leptonPhi(tauPair));
        register(m, twoPhoton("ee-eemumu", 13));
        register(m, twoPhoton("ee-eeee", 11));
        register(m, FourLeptonProcesses.eeMuMu("ee-eemumu-exact"));
        register(m, FourLeptonProcesses.eeEe("ee-eeee-exact"));
        register(m, FourLeptonProcesses.muMuMuMu("ee-mumumumu"));
        register(m, FourLeptonProcesses.muMuTauTau("ee-mumutautau"));
        register(m, FourLeptonProcesses.eeTauTau("ee-eetautau"));
        register(m, neutrinoPairGamma());
        register(m, new BhabhaProcess());
        register(m, new DiphotonProcess());
        register(m, new ThreePhotonProcess());
        register(m, NloProcesses.muMu());
        register(m, NloProcesses.gammaGamma());
        register(m, RadiativePairProcess.muMuGamma());
        register(m, RadiativePairProcess.tauTauGamma());
        register(m, new RadiativeBhabhaProcess());
        register(m, new MuMuZPrimeProcess());
        register(m, new MuMuScalarProcess());
        register(m, new DarkPhotonProcess());
        register(m, new AlpProcess());
        register(m, continuum("ee-uubar", "e+e- -> u ubar", new int[] {2}));
        register(m, continuum("ee-ddbar", "e+e- -> d dbar", new int[] {1}));
        register(m, continuum("ee-ssbar", "e+e- -> s sbar", new int[] {3}));
        register(m, continuum("ee-ccbar", "e+e- -> c cbar", new int[] {4}));
        register(m, continuum("ee-qqbar", "e+e- -> q qbar (u, d, s, c by cross section)", new int[] {2, 1, 3, 4}));
        register(m, new Upsilon4SProcess("y4s-bbbar", "B Bbar", Upsilon4SGenerator.Pairs.ALL));
        register(m, new Upsilon4SProcess("y4s-bpbm", "B+ B-", Upsilon4SGenerator.Pairs.CHARGED));
        register(m, new Upsilon4SProcess("y4s-b0b0bar", "B0 anti-B0", Upsilon4SGenerator.Pairs.NEUTRAL));
        return new ProcessRegistry(m);
    }

    private static Process continuum(String name, String what, int[] flavours) {
        return new QuarkPairProcess(
                name,
                what + ": Born x K_QCD, ISR, vacuum polarisation, ME-corrected parton shower, Lund strings"
                        + " (Belle II tune), hadron decays (DEC table)",
                flavours,
                StringHadronizer::forOptions);
    }

    private static void register(Map<String, Process> m, Process p) {
        if (m.put(p.name(), p) != null) {
            throw new IllegalStateException("process registered twice: " + p.name());
        }
    }

    private static Process fermionPair(String name, String description, int pdgId) {
        ParticleData f = ParticleTable.standard().byId(pdgId);
        return new Process() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
                return options.radiation()
                        ? new FermionPairRadiative(beam, pdgId)
                        : new FermionPairBorn(beam, pdgId, f.mass(), 1, f.charge());
            }
        };
    }

    /**
     * Minimum lepton-pair mass of the two-photon processes (Belle II Physics Book table, W_ll &gt; 0.5
     * GeV; AAFH default minmass in basf2 generators/scripts/generators.py [S]).
     */
    private static final double TWO_PHOTON_MIN_MASS = 0.5;

    private static Process twoPhoton(String name, int leptonId) {
        String pair = leptonId == 13 ? "mu+mu-" : "e+e-";
        return new Process() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "e+e- -> e+e- " + pair + " via two photons (equivalent-photon approximation), W_ll > "
                        + TWO_PHOTON_MIN_MASS + " GeV; tree level, no radiation";
            }

            @Override
            public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
                return new TwoPhotonPairEpa(beam, leptonId, TWO_PHOTON_MIN_MASS);
            }
        };
    }

    /** Generation cuts of ee-nunugamma [E]: E*_gamma > 0.1 GeV, 10-170 deg in the CM frame (as for gamma gamma). */
    private static final double NUNUGAMMA_MIN_ENERGY = 0.1;

    private static final double NUNUGAMMA_MAX_COS = Math.cos(Math.toRadians(10));

    private static Process neutrinoPairGamma() {
        return new Process() {
            @Override
            public String name() {
                return "ee-nunugamma";
            }

            @Override
            public String description() {
                return "e+e- -> nu nubar gamma (3 flavours, contact limit of Z and W exchange, ISR photon), E*_gamma > "
                        + NUNUGAMMA_MIN_ENERGY + " GeV, 10-170 deg CM; tree level";
            }

            @Override
            public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
                return new NeutrinoPairGamma(beam, NUNUGAMMA_MIN_ENERGY, NUNUGAMMA_MAX_COS);
            }
        };
    }

    /** The process with this name, or an {@link InputException} listing the known ones. */
    public Process get(String name) {
        Process p = processes.get(name);
        if (p == null) {
            throw new InputException(
                    "PROCESS",
                    "",
                    "unknown process '" + name + "'; known processes: " + String.join(", ", processes.keySet()));
        }
        return p;
    }

    /** All processes, in registration order. */
    public Collection<Process> all() {
        return processes.values();
    }
}
