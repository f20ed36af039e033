package io.upsilon.cli;

import io.upsilon.analysis.output.OutputDirectory;
import io.upsilon.searches.Search;
import io.upsilon.searches.SearchProgram;
import io.upsilon.searches.Searches;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code upsilon run}: a reproduced analysis end to end, from generation to the limit plot. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run a reproduced analysis end to end: generate, simulate, select, fit, set limits, write plots and tables.",
            "ANALYSIS is a bundled analysis name or the path of a YAML configuration (a changed copy of a bundled one)."
        })
public final class RunCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "ANALYSIS",
            description = "Bundled analysis (${COMPLETION-CANDIDATES}) or a .yaml file.",
            completionCandidates = Names.class)
    String analysis;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description =
                    "Output directory (default: out/ANALYSIS-NAME). Replaced when the run succeeds, if it is new, empty"
                            + " or written by Upsilon; anything else is refused before the run starts.")
    Path out;

    @Option(names = "--seed", description = "Master seed (default: the configuration's seed).")
    Long seed;

    @Option(
            names = "--threads",
            description = "Worker threads (default: available processors). Results do not depend on it.")
    Integer threads;

    @Option(
            names = "--quick",
            description = "Smoke run: about 1%% of the statistics and three mass points (about a minute).")
    boolean quick;

    @CommandLine.Mixin
    EngineSelection engine;

    @CommandLine.Mixin
    Checkpointing checkpointing;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The bundled analyses, for the help text. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Searches.standard().all().stream().map(Search::name).iterator();
        }
    }

    @Override
    public Integer call() {
        int n = ProcessSelection.threadCount(threads, spec.commandLine().getErr());
        Searches.Loaded loaded = Searches.standard().load(analysis);
        // Checked before any work: Upsilon replaces only a directory it wrote itself (or an empty one).
        Path dir = OutputDirectory.checkReplaceable(
                out != null ? out : Path.of("out", loaded.search().name()), out != null ? "--out" : "output directory");
        SearchProgram program =
                new SearchProgram(loaded, seed == null ? OptionalLong.empty() : OptionalLong.of(seed), quick);
        // Local runs keep finished partitions beside the output, so a killed run resumes (docs/reliability.md).
        String summary = engine.run(
                "upsilon run",
                n,
                program,
                executor -> program.run(executor, dir),
                (executor, work) -> checkpointing.run(
                        "upsilon run",
                        program.fingerprintInputs(),
                        dir,
                        executor,
                        spec.commandLine().getErr(),
                        work));
        PrintWriter w = spec.commandLine().getOut();
        w.print(summary);
        w.println("outputs: " + dir.toAbsolutePath().normalize());
        w.flush();
        return 0;
    }
}
