package io.upsilon.cli;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.beam.BeamPresets;
import io.upsilon.core.exec.DriverProgram;
import io.upsilon.core.exec.Executor;
import io.upsilon.core.exec.Job;
import io.upsilon.generators.process.CrossSectionEstimate;
import io.upsilon.generators.process.CrossSectionRun;
import io.upsilon.generators.process.FiducialRegions;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code upsilon xsec} as a {@link DriverProgram}: the process, its parameters, the beam preset,
 * the radiation switch, the seed and the event count by name and value, which is all a cluster
 * worker needs to rebuild the cross-section run.
 */
final class XsecProgram implements DriverProgram {
    private static final long serialVersionUID = 1L;

    private final String process;
    private final LinkedHashMap<String, String> parameters;
    private final String beam;
    private final boolean radiation;
    private final long seed;
    private final long events;

    /**
     * @param process the registered process's name
     * @param parameters its parameters (validated values)
     * @param beam the beam preset's name
     * @param radiation ISR/FSR/vacuum polarisation on
     * @param seed the master seed
     * @param events the number of events
     */
    XsecProgram(
            String process, Map<String, String> parameters, String beam, boolean radiation, long seed, long events) {
        this.process = Objects.requireNonNull(process, "process");
        this.parameters = new LinkedHashMap<>(parameters);
        this.beam = Objects.requireNonNull(beam, "beam");
        this.radiation = radiation;
        this.seed = seed;
        this.events = events;
    }

    /** The process. */
    Process process() {
        return ProcessRegistry.standard().get(process);
    }

    /** The beam. */
    Beam beam() {
        return BeamPresets.standard().get(beam);
    }

    /**
     * The estimate in total (element 0) and in the process's fiducial regions (elements 1 ...), as
     * job {@code xsec-PROCESS}.
     */
    CrossSectionEstimate[] estimate(Executor executor) {
        Process p = process();
        ProcessParameters values = ProcessParameters.parse(p.name(), p.parameters(), parameters, "--param");
        GeneratorOptions options = radiation ? GeneratorOptions.DEFAULT : GeneratorOptions.BORN;
        return CrossSectionRun.runWithRegions(
                p,
                values,
                options,
                beam(),
                FiducialRegions.forProcess(p.name()),
                Job.of("xsec-" + p.name(), seed, events),
                executor);
    }

    @Override
    public String run(Executor executor, Path scratch) {
        CrossSectionEstimate total = estimate(executor)[0];
        return process + ": sigma = " + total.sigma() + " +- " + total.error() + " nb";
    }
}
