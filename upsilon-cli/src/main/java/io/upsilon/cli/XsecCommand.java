package io.upsilon.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.upsilon.core.beam.Beam;
import io.upsilon.generators.process.CrossSectionEstimate;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.FiducialRegion;
import io.upsilon.generators.process.FiducialRegions;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code upsilon xsec}: a process's cross section from its event generator. */
@Command(
        name = "xsec",
        mixinStandardHelpOptions = true,
        description = "Estimate a process's cross section by generating weighted events (Monte Carlo error included).")
public final class XsecCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ProcessSelection selection;

    @Option(
            names = "--events",
            defaultValue = "1000000",
            converter = EventCount.class,
            description = "Number of events, e.g. 1e6 (default ${DEFAULT-VALUE}, at most 1e12).")
    long events;

    @Option(names = "--json", description = "Print one JSON object to stdout.")
    boolean json;

    @CommandLine.Mixin
    EngineSelection engine;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ProcessSelection.requirePositiveEvents(events);
        int nThreads = selection.threadCount(spec.commandLine().getErr());
        Process process = selection.process();
        ProcessParameters values = selection.parameters(process);
        Beam beam = selection.beam();
        GeneratorOptions options = selection.options();
        long seed = selection.seed();
        XsecProgram program = new XsecProgram(
                process.name(), selection.given(), selection.beamPreset(), selection.radiation(), seed, events);

        long t0 = System.nanoTime();
        List<FiducialRegion> regions = FiducialRegions.forProcess(process.name());
        CrossSectionEstimate[] all = engine.run("upsilon xsec", nThreads, program, program::estimate);
        CrossSectionEstimate est = all[0];
        double seconds = (System.nanoTime() - t0) * 1e-9;
        // The closed-form Born value, shown next to every estimate as a reference point.
        EventGenerator born = process.newGenerator(beam, values, GeneratorOptions.BORN);
        OptionalDouble analytic = born.analyticCrossSection();
        Optional<String> note = born.note();

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.object();
            o.put("process", process.name());
            ObjectNode p = o.putObject("params");
            values.asMap().forEach(p::put);
            values.texts().forEach((k, v) -> {
                if (!v.isEmpty()) {
                    p.put(k, v);
                }
            });
            note.ifPresent(n -> o.put("note", n));
            o.put("radiation", options.radiation());
            o.put("beam", beam.name());
            o.put("sqrt_s_gev", beam.sqrtS());
            o.put("events", est.events());
            o.put("seed", seed);
            o.put("sigma_nb", est.sigma());
            o.put("sigma_err_nb", est.error());
            if (analytic.isPresent()) {
                o.put("born_analytic_sigma_nb", analytic.getAsDouble());
            }
            var fiducial = o.putArray("fiducial");
            for (int r = 0; r < regions.size(); r++) {
                ObjectNode f = fiducial.addObject();
                f.put("name", regions.get(r).name());
                f.put("selection", regions.get(r).description());
                f.put("sigma_nb", all[r + 1].sigma());
                f.put("sigma_err_nb", all[r + 1].error());
            }
            out.println(Json.write(o));
        } else {
            out.printf(
                    "%s at sqrt(s) = %.4f GeV (%s): sigma = %.6g +- %.2g nb (%d events, seed %d)%n",
                    process.name(), beam.sqrtS(), beam.name(), est.sigma(), est.error(), est.events(), seed);
            if (analytic.isPresent()) {
                out.printf("analytic (Born, nominal beams): %.6g nb%n", analytic.getAsDouble());
            }
            note.ifPresent(n -> out.printf("note: %s%n", n));
            for (int r = 0; r < regions.size(); r++) {
                out.printf(
                        "  %-20s sigma = %.6g +- %.2g nb   (%s)%n",
                        regions.get(r).name(),
                        all[r + 1].sigma(),
                        all[r + 1].error(),
                        regions.get(r).description());
            }
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.printf(
                "xsec: %d events in %.2f s (%.2f M events/s on %s)%n",
                est.events(), seconds, est.events() / seconds * 1e-6, engine.describe(nThreads));
        err.flush();
        return 0;
    }
}
