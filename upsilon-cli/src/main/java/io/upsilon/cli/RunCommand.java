package io.upsilon.cli;

import io.upsilon.analysis.output.OutputDirectory;
import io.upsilon.core.error.InputException;
import io.upsilon.core.exec.ClusterExecutor;
import io.upsilon.core.exec.ConsoleProgress;
import io.upsilon.core.exec.EngineOptions;
import io.upsilon.core.exec.ExecutorProvider;
import io.upsilon.core.exec.LocalExecutor;
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

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            defaultValue = "local",
            description = "Where the partitions run: local (this JVM's threads, the default) or spark (needs the"
                    + " upsilon-spark jar, see docs/spark.md). Results are bit-identical.")
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "With --engine spark: the Spark master (local[2], spark://HOST:7077; default: the one"
                    + " spark-submit set, else local[THREADS]).")
    String master;

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
        String summary;
        if (engine.equals("local")) {
            if (master != null) {
                throw new InputException("upsilon run", "--master", "only with --engine spark");
            }
            LocalExecutor executor = new LocalExecutor(n, ConsoleProgress.forStderr());
            summary = Interrupts.runCancellable(executor, () -> program.run(executor, dir));
        } else {
            // A cluster engine comes from its own jar (ServiceLoader), so the default jar stays lean.
            ExecutorProvider provider = ExecutorProvider.find(engine)
                    .orElseThrow(() -> new InputException(
                            "upsilon run",
                            "--engine",
                            "engine '" + engine + "' is not on the class path (engines here: local"
                                    + ExecutorProvider.available().stream()
                                            .map(e -> ", " + e)
                                            .reduce("", String::concat)
                                    + "); --engine spark needs the upsilon-spark jar, see docs/spark.md"));
            try (ClusterExecutor executor =
                    provider.open(new EngineOptions(master, n, ConsoleProgress.forStderr()), program)) {
                summary = program.run(executor, dir);
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        w.print(summary);
        w.println("outputs: " + dir.toAbsolutePath().normalize());
        w.flush();
        return 0;
    }
}
