package io.upsilon.cli.stats;

import com.fasterxml.jackson.databind.JsonNode;
import io.upsilon.core.error.InputException;
import io.upsilon.stats.model.Interpolation;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelChecks;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.model.ModelOptions;
import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.JsonPatch;
import io.upsilon.stats.workspace.Measurement;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.ParameterConfig;
import io.upsilon.stats.workspace.Sample;
import io.upsilon.stats.workspace.UnbinnedChannel;
import io.upsilon.stats.workspace.UnbinnedComponent;
import io.upsilon.stats.workspace.Workspace;
import io.upsilon.stats.workspace.WorkspaceReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The workspace, patches, measurement and interpolation codes shared by every stats command. */
final class WorkspaceOptions {

    @Parameters(index = "0", paramLabel = "WS.json", description = "pyhf JSON workspace")
    Path workspace;

    @Option(
            names = {"-p", "--patch"},
            paramLabel = "P.json",
            description = "JSON Patch or pyhf patchset to apply (repeatable, in order)")
    List<Path> patches = new ArrayList<>();

    @Option(names = "--patch-name", description = "which patch of a patchset to apply")
    String patchName;

    @Option(names = "--measurement", description = "measurement to use (default: the first)")
    String measurement;

    @Option(names = "--normsys-interp", defaultValue = "code4", description = "normsys interpolation: code4 or code1")
    String normsysInterp;

    @Option(
            names = "--histosys-interp",
            defaultValue = "code4p",
            description = "histosys interpolation: code4p or code0")
    String histosysInterp;

    /** Reads, patches, checks and compiles the workspace; notes (not errors) go to {@code err}. */
    Model compile(PrintWriter err) {
        return compile(read(), err);
    }

    /** Reads and patches the workspace. */
    Workspace read() {
        JsonNode tree = WorkspaceReader.readTree(workspace);
        for (Path p : patches) {
            tree = JsonPatch.applyFile(tree, p, patchName);
        }
        return WorkspaceReader.fromTree(workspace.toString(), tree);
    }

    /** Checks and compiles {@code ws} (read by {@link #read()}, possibly changed) with these options. */
    Model compile(Workspace ws, PrintWriter err) {
        Interpolation.NormsysCode ns = switch (normsysInterp) {
            case "code4" -> Interpolation.NormsysCode.CODE4;
            case "code1" -> Interpolation.NormsysCode.CODE1;
            default ->
                throw new InputException(
                        "--normsys-interp", "", "expected code4 or code1, got \"" + normsysInterp + "\"");
        };
        Interpolation.HistosysCode hs = switch (histosysInterp) {
            case "code4p" -> Interpolation.HistosysCode.CODE4P;
            case "code0" -> Interpolation.HistosysCode.CODE0;
            default ->
                throw new InputException(
                        "--histosys-interp", "", "expected code4p or code0, got \"" + histosysInterp + "\"");
        };
        noteUnusedParameterSettings(ws, err);
        Model model = ModelCompiler.compile(ws, workspace.toString(), measurement, new ModelOptions(ns, hs));
        ModelChecks.requireUsable(model, workspace.toString());
        if (model.likelihood().hasWeightedEvents()) {
            err.println("upsilon: note: " + workspace + ": the unbinned channels have weighted events: fit"
                    + " uncertainties use the sandwich estimator; CLs, limits and significances treat the weighted"
                    + " likelihood as unweighted, which holds only approximately (see docs/statistics.md)");
            err.flush();
        }
        return model;
    }

    /**
     * A measurement may set a parameter that no modifier uses (HistFactory exports do, e.g. "lumi");
     * pyhf ignores it and so does Upsilon, but it is often a misspelt name, so say so on stderr.
     */
    private void noteUnusedParameterSettings(Workspace ws, PrintWriter err) {
        Measurement m = ws.measurement(measurement).orElse(null);
        if (m == null) {
            return; // the compiler reports an unknown measurement
        }
        Set<String> used = new HashSet<>();
        for (Channel c : ws.channels()) {
            for (Sample s : c.samples()) {
                for (Modifier mod : s.modifiers()) {
                    if (mod instanceof Modifier.Formula f) {
                        used.addAll(f.expression().variables()); // its name is only a label
                    } else {
                        used.add(mod.name());
                    }
                }
            }
        }
        for (UnbinnedChannel u : ws.unbinnedChannels()) {
            u.shapeParameters().forEach(sp -> used.add(sp.name()));
            for (UnbinnedComponent c : u.components()) {
                for (Modifier mod : c.modifiers()) {
                    if (mod instanceof Modifier.Formula f) {
                        used.addAll(f.expression().variables());
                    } else {
                        used.add(mod.name());
                    }
                }
            }
        }
        for (ParameterConfig pc : m.parameters()) {
            if (!used.contains(pc.name())) {
                err.println("upsilon: note: " + workspace + ": measurement \"" + m.name() + "\" sets parameter \""
                        + pc.name() + "\", which no modifier uses; ignored (as pyhf does)");
            }
        }
        err.flush();
    }
}
