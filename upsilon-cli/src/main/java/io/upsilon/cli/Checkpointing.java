package io.upsilon.cli;

import io.upsilon.analysis.output.ParquetCheckpointStore;
import io.upsilon.analysis.output.provenance.GitCommit;
import io.upsilon.analysis.output.provenance.Sha256;
import io.upsilon.analysis.output.provenance.UpsilonVersion;
import io.upsilon.core.exec.CheckpointingExecutor;
import io.upsilon.core.exec.Executor;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --fresh} and the checkpoint of a command with an output directory: every finished
 * partition is kept in the hidden sibling {@code .NAME.checkpoint} of the output ({@link
 * ParquetCheckpointStore}); a run killed and started again with the same arguments loads them
 * instead of computing them again and gives the same bytes. The checkpoint is removed once the
 * outputs are committed and kept when the run fails or is stopped. The fingerprint that ties a
 * checkpoint to its run digests the command's own inputs and Upsilon's version, git commit, jar,
 * Java version and platform (floating-point library calls may differ between JVMs).
 */
final class Checkpointing {
    @Option(
            names = "--fresh",
            description = "Do not resume: ignore (and remove) the checkpoint that a killed run with the same output"
                    + " left in the hidden .NAME.checkpoint beside it.")
    boolean fresh;

    /** The fingerprint's inputs: the command's plus version, commit, Java and platform, one per line. */
    static String inputs(String command, List<String> commandInputs) {
        List<String> lines = new ArrayList<>();
        lines.add("command=" + command);
        lines.addAll(commandInputs);
        lines.add("upsilon_version=" + UpsilonVersion.find());
        lines.add("git_commit=" + GitCommit.find());
        lines.add("code=" + codeStamp());
        lines.add("java=" + System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        lines.add("platform=" + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return String.join("\n", lines) + "\n";
    }

    /**
     * The jar Upsilon runs from, by name, size and modification time: a rebuilt jar (code changed
     * without a new commit) does not resume a checkpoint of the old one. Classes run from a build
     * directory (tests, an IDE) are "classes directory": there the commit is all that is checked.
     */
    static String codeStamp() {
        try {
            Path code = Path.of(Checkpointing.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isRegularFile(code)) {
                return code.getFileName() + " " + Files.size(code) + " bytes, modified "
                        + Files.getLastModifiedTime(code);
            }
            return "classes directory";
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Work run on the checkpointing executor that may keep its own files in the checkpoint directory. */
    @FunctionalInterface
    interface CheckpointedWork<T> {
        /**
         * @param executor the checkpointing executor
         * @param directory the checkpoint directory (created by the first checkpoint; the work may
         *     create it earlier for its own files, which are removed with it)
         * @param resuming whether finished partitions were found there
         */
        T apply(Executor executor, Path directory, boolean resuming);
    }

    /**
     * Runs {@code work} on {@code executor} with checkpoints beside {@code out}, then removes them.
     *
     * @param command the command's name ("upsilon run")
     * @param commandInputs what the command's results depend on, {@code key=value}
     * @param out the output the checkpoint belongs to
     * @param executor the local executor
     * @param err where the notes go
     */
    <T> T run(
            String command,
            List<String> commandInputs,
            Path out,
            Executor executor,
            PrintWriter err,
            Function<Executor, T> work) {
        return run(command, commandInputs, out, executor, err, (ex, directory, resuming) -> work.apply(ex));
    }

    /**
     * As {@link #run(String, List, Path, Executor, PrintWriter, Function)}, for work that keeps files
     * of its own in the checkpoint directory ({@code upsilon generate}'s finished event chunks).
     */
    <T> T run(
            String command,
            List<String> commandInputs,
            Path out,
            Executor executor,
            PrintWriter err,
            CheckpointedWork<T> work) {
        Objects.requireNonNull(executor, "executor");
        String inputs = inputs(command, commandInputs);
        String fingerprint = Sha256.of(inputs);
        ParquetCheckpointStore store = ParquetCheckpointStore.open(
                ParquetCheckpointStore.besideOutput(out), fingerprint, inputs, fresh, note -> {
                    err.println("upsilon: note: " + note);
                    err.flush();
                });
        if (store.found() > 0) {
            err.println("upsilon: resuming: " + store.found() + " finished partitions in " + store.directory());
            err.flush();
        }
        CheckpointingExecutor checkpointing = new CheckpointingExecutor(executor, store, fingerprint);
        T result = work.apply(checkpointing, store.directory(), store.found() > 0);
        // The outputs are committed: the checkpoint has served its purpose.
        store.delete();
        if (checkpointing.loaded() > 0) {
            err.println("upsilon: resumed: " + checkpointing.loaded() + " partitions loaded from the checkpoint, "
                    + checkpointing.computed() + " computed");
            err.flush();
        }
        return result;
    }
}
