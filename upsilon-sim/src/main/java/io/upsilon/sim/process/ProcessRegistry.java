package io.upsilon.sim.process;

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
        register(m, simple("ee-mumu", "e+e- -> mu+mu-, Born level (single photon, massive muons)", 13));
        register(m, simple("ee-tautau", "e+e- -> tau+tau-, Born level (single photon, taus not decayed)", 15));
        register(m, new BhabhaProcess());
        register(m, new DiphotonProcess());
        register(m, new MuMuZPrimeProcess());
        register(m, new DarkPhotonProcess());
        register(m, new AlpProcess());
        return new ProcessRegistry(m);
    }

    private static void register(Map<String, Process> m, Process p) {
        if (m.put(p.name(), p) != null) {
            throw new IllegalStateException("process registered twice: " + p.name());
        }
    }

    private static Process simple(String name, String description, int pdgId) {
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
                return new FermionPairBorn(beam, pdgId, f.mass(), 1, f.charge());
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
