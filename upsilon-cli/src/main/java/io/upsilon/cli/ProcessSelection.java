package io.upsilon.cli;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.beam.BeamPresets;
import io.upsilon.core.error.InputException;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options every event-generating command shares (a picocli mixin): the process and its
 * parameters, the beam, the seed, the thread count and the radiation switch, resolved and
 * validated in one place.
 */
public final class ProcessSelection {
    @Parameters(index = "0", paramLabel = "PROCESS", description = "Process name (see 'upsilon processes').")
    String processName;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--threads",
            description = "Worker threads (default: available processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--beam", defaultValue = "Y4S", description = "Beam preset (default ${DEFAULT-VALUE}).")
    String beamPreset;

    @Option(
            names = "--param",
            paramLabel = "NAME=VALUE",
            description = "Process parameter, repeatable (each name once).")
    List<String> params = new ArrayList<>();

    @Option(
            names = "--no-radiation",
            description = "Tree level: switch off initial- and final-state radiation and vacuum polarisation.")
    boolean noRadiation;

    /** The registered process (InputException listing the known ones otherwise). */
    Process process() {
        return ProcessRegistry.standard().get(processName);
    }

    /** The process's parameters, validated against its declarations. */
    ProcessParameters parameters(Process process) {
        return ProcessParameters.parse(process.name(), process.parameters(), given(), "--param");
    }

    /** The {@code --param} values as given (names checked for duplicates, values not yet parsed). */
    Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new InputException("--param", p, "expected NAME=VALUE");
            }
            String name = p.substring(0, eq).strip();
            if (given.put(name, p.substring(eq + 1).strip()) != null) {
                throw new InputException("--param", name, "given twice; give each parameter once");
            }
        }
        return given;
    }

    /** The beam preset's name. */
    String beamPreset() {
        return beamPreset;
    }

    /** Radiation on unless --no-radiation. */
    boolean radiation() {
        return !noRadiation;
    }

    /** The beam preset. */
    Beam beam() {
        return BeamPresets.standard().get(beamPreset);
    }

    /** Radiation on unless --no-radiation. */
    GeneratorOptions options() {
        return noRadiation ? GeneratorOptions.BORN : GeneratorOptions.DEFAULT;
    }

    /** The master seed. */
    long seed() {
        return seed;
    }

    /** Worker threads: the given number (>= 1) or the available processors; see {@link #threadCount(Integer, PrintWriter)}. */
    int threadCount(PrintWriter err) {
        return threadCount(threads, err);
    }

    /** Most worker threads per available processor: more only add scheduling and memory overhead. */
    static final int MAX_THREADS_PER_PROCESSOR = 4;

    /**
     * The given thread count (>= 1, else an {@link InputException}) or the available processors.
     * Counts above {@value #MAX_THREADS_PER_PROCESSOR} per processor are capped, with a note on
     * {@code err} (results do not depend on the thread count, so nothing changes but the time).
     */
    static int threadCount(Integer threads, PrintWriter err) {
        int cpus = Runtime.getRuntime().availableProcessors();
        int n = threads == null ? cpus : threads;
        if (n < 1) {
            throw new InputException("--threads", "", "expected at least 1 thread, got " + n);
        }
        int max = MAX_THREADS_PER_PROCESSOR * cpus;
        if (n > max) {
            err.println("upsilon: note: --threads " + n + " capped at " + max + " (" + MAX_THREADS_PER_PROCESSOR
                    + " per processor; results do not depend on it)");
            err.flush();
            return max;
        }
        return n;
    }

    /**
     * Most events one command generates: 1e12, about 12 days of the fastest generator on one core
     * (ee-mumu, 1e6 events/s); larger samples are split into several jobs.
     */
    static final long MAX_EVENTS = 1_000_000_000_000L;

    /** Checks a user-given number of events. */
    static void requirePositiveEvents(long events) {
        if (events < 1 || events > MAX_EVENTS) {
            throw new InputException(
                    "--events", "", "expected a number of events from 1 to 1e12 (" + MAX_EVENTS + "), got " + events);
        }
    }
}
