package io.upsilon.cli;

import io.upsilon.core.error.InputException;
import io.upsilon.core.exec.ClusterExecutor;
import io.upsilon.core.exec.ConsoleProgress;
import io.upsilon.core.exec.DriverProgram;
import io.upsilon.core.exec.EngineOptions;
import io.upsilon.core.exec.Executor;
import io.upsilon.core.exec.ExecutorProvider;
import io.upsilon.core.exec.LocalExecutor;
import java.util.function.BiFunction;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --engine} and {@code --master}: where a command's partitions run. The local engine is this
 * JVM's threads; a cluster engine comes from its own jar through {@link ExecutorProvider}, so the
 * default jar does not carry it, and asking for one that is absent is a one-line error.
 */
final class EngineSelection {
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

    /**
     * Runs {@code work} with an executor of the selected engine: a cancellable local executor with
     * {@code threads} threads, or a cluster executor for {@code program} (closed afterwards).
     *
     * @param command the command's name, for messages ("upsilon run")
     * @param program what a cluster worker replays; {@code work} must run exactly its jobs
     */
    <T> T run(String command, int threads, DriverProgram program, Function<Executor, T> work) {
        return run(command, threads, program, work, (executor, w) -> w.apply(executor));
    }

    /**
     * As {@link #run(String, int, DriverProgram, Function)}, with the local engine's executor and
     * {@code work} handed to {@code local} (which wraps the executor, e.g. to keep checkpoints). A
     * cluster engine does not use it: it runs {@code work} directly.
     */
    <T> T run(
            String command,
            int threads,
            DriverProgram program,
            Function<Executor, T> work,
            BiFunction<Executor, Function<Executor, T>, T> local) {
        if (engine.equals("local")) {
            if (master != null) {
                throw new InputException(command, "--master", "only with --engine spark");
            }
            LocalExecutor executor = new LocalExecutor(threads, ConsoleProgress.forStderr());
            return Interrupts.runCancellable(executor, () -> local.apply(executor, work));
        }
        ExecutorProvider provider = ExecutorProvider.find(engine)
                .orElseThrow(() -> new InputException(
                        command,
                        "--engine",
                        "engine '" + engine + "' is not on the class path (engines here: local"
                                + ExecutorProvider.available().stream()
                                        .map(e -> ", " + e)
                                        .reduce("", String::concat)
                                + "); --engine spark needs the upsilon-spark jar, see docs/spark.md"));
        try (ClusterExecutor executor =
                provider.open(new EngineOptions(master, threads, ConsoleProgress.forStderr()), program)) {
            return work.apply(executor);
        }
    }

    /** Where the partitions ran, for timing lines: "2 threads" or "engine spark (master URL)". */
    String describe(int threads) {
        if (engine.equals("local")) {
            return threads + " threads";
        }
        return "engine " + engine + (master == null ? "" : " (master " + master + ")");
    }
}
