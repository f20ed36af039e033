package io.upsilon.cli;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.beam.BeamPresets;
import io.upsilon.core.event.GenEvent;
import io.upsilon.generators.io.HepMC3Writer;
import io.upsilon.generators.io.LheInit;
import io.upsilon.generators.io.LheLabFrame;
import io.upsilon.generators.io.LheReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code upsilon convert}: a Les Houches Event file (e.g. MadGraph output) to HepMC3, boosted from
 * the centre-of-mass frame to the SuperKEKB lab when its beams are symmetric (see {@link
 * LheLabFrame} for the axes).
 */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = "Convert an LHE file (MadGraph) to HepMC3, boosting CM-frame events to the lab.")
public final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN.lhe", description = "Les Houches Event file (.lhe or .lhe.gz).")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.hepmc or .hepmc3).")
    Path out;

    @Option(names = "--beam", defaultValue = "Y4S", description = "Beam preset of the lab (default ${DEFAULT-VALUE}).")
    String beamPreset;

    @Option(names = "--no-boost", description = "Keep the events in the file's own frame.")
    boolean noBoost;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        EventOutput.requireHepMC3(out, "--out");
        Beam beam = BeamPresets.standard().get(beamPreset);
        PrintWriter err = spec.commandLine().getErr();
        long n = 0;
        double sumW = 0;
        LheLabFrame frame;
        try (LheReader reader = LheReader.open(in)) {
            LheInit init = reader.init();
            frame = noBoost ? LheLabFrame.identity() : LheLabFrame.of(init, beam);
            Map<String, String> provenance = new LinkedHashMap<>();
            provenance.put("upsilon_version", EventOutput.version());
            provenance.put("source", in.getFileName().toString());
            provenance.put("frame", frame.boosts() ? "lab (" + beam.name() + ")" : "as in the LHE file");
            provenance.put("weight_unit", "nb");
            try (HepMC3Writer writer = HepMC3Writer.create(
                    out, new String[] {"upsilon", EventOutput.version(), "converted from LHE"}, provenance)) {
                for (GenEvent e = reader.next(); e != null; e = reader.next()) {
                    writer.write(frame.apply(e));
                    sumW += e.weight();
                    n++;
                }
                writer.commit();
            }
        }
        if (frame.boosts() && Math.abs(frame.sqrtSMismatch()) > 1e-4) {
            err.printf(
                    "convert: note: the LHE file's sqrt(s) differs from the %s beam's by %.3g%%%n",
                    beam.name(), 100 * frame.sqrtSMismatch());
        }
        err.printf(
                "convert: %d events %s -> %s (%s); sum of weights / N = %.6g nb%n",
                n,
                in,
                out,
                frame.boosts() ? "boosted to the " + beam.name() + " lab" : "frame unchanged",
                n == 0 ? 0.0 : sumW / n);
        err.flush();
        return 0;
    }
}
