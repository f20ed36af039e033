package io.upsilon.analysis.output;

import io.upsilon.core.exec.TemporaryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An output directory being written: everything goes into {@link #path()}, a hidden sibling of the
 * target ({@code .NAME.staging-PID-...}), and {@link #commit()} moves it onto the target in one
 * rename. An existing target is first renamed aside and deleted only after the new one is in
 * place; it is replaced only if Upsilon wrote it or it is empty ({@link OutputDirectory}). Every
 * staged directory holds the {@link OutputDirectory#MARKER} file. {@link #close()} without a commit
 * deletes the staging directory; staging directories of runs that died (killed, their PID gone)
 * are removed by the next run that stages the same target. Use it in try-with-resources:
 *
 * <pre>{@code
 * try (StagedDirectory out = AtomicFiles.stage(Path.of("out/zprime-invisible"))) {
 *     AtomicFiles.writeString(out.path().resolve("limits.csv"), csv);
 *     out.commit();
 * }
 * }</pre>
 */
public final class StagedDirectory implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;
    private boolean closed;

    private StagedDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    static StagedDirectory create(Path target) {
        Objects.requireNonNull(target, "target");
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new IllegalArgumentException("cannot stage the file-system root");
        }
        try {
            Files.createDirectories(abs.getParent());
            removeStaleSiblings(abs);
            Path staging = TemporaryFiles.register(Files.createTempDirectory(abs.getParent(), prefix(abs, "staging")));
            AtomicFiles.setReadable(staging, true);
            Files.writeString(staging.resolve(OutputDirectory.MARKER), OutputDirectory.MARKER_TEXT);
            return new StagedDirectory(abs, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage " + target + ": " + e.getMessage(), e);
        }
    }

    /** {@code .NAME.KIND-PID-}: the prefix of this process's sibling directories of {@code target}. */
    private static String prefix(Path target, String kind) {
        return "." + target.getFileName() + "." + kind + "-"
                + ProcessHandle.current().pid() + "-";
    }

    /** Deletes siblings {@code .NAME.staging-PID-*} and {@code .NAME.old-PID-*} left by dead processes. */
    private static void removeStaleSiblings(Path target) throws IOException {
        String name = "." + target.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path p : siblings.toList()) {
                String n = p.getFileName().toString();
                if (!n.startsWith(name) || !Files.isDirectory(p)) {
                    continue;
                }
                String rest = n.substring(name.length());
                String kind = rest.startsWith("staging-") ? "staging-" : rest.startsWith("old-") ? "old-" : null;
                if (kind == null) {
                    continue;
                }
                String[] parts = rest.substring(kind.length()).split("-", 2);
                if (parts.length == 2 && parts[0].matches("[0-9]{1,18}")) {
                    long pid = Long.parseLong(parts[0]);
                    boolean alive =
                            ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                    if (!alive) {
                        deleteTree(p);
                    }
                }
            }
        }
    }

    /** The directory to write into until {@link #commit()}. */
    public Path path() {
        return staging;
    }

    /** The directory the content will appear at. */
    public Path target() {
        return target;
    }

    /** Whether {@link #commit()} has succeeded. */
    public boolean committed() {
        return committed;
    }

    /**
     * Moves the staged content onto the target. An existing target is replaced: it is renamed aside,
     * the staged directory renamed in, then the old one deleted; if the second rename fails the old
     * one is put back.
     *
     * @throws IllegalStateException if already committed or closed
     */
    public void commit() {
        if (committed || closed) {
            throw new IllegalStateException("staged directory already " + (committed ? "committed" : "closed"));
        }
        try {
            Path[] old = {null};
            // The three renames are one commit: an interrupt waits for them or prevents them.
            TemporaryFiles.commit(() -> {
                if (Files.exists(target)) {
                    if (!OutputDirectory.isUpsilonOutput(target) && !isEmptyDirectory(target)) {
                        throw new IllegalStateException("refusing to replace " + target
                                + ": Upsilon did not write it (no " + OutputDirectory.MARKER + ")");
                    }
                    old[0] = Files.createTempDirectory(target.getParent(), prefix(target, "old"));
                    Files.delete(old[0]);
                    TemporaryFiles.move(target, old[0]);
                }
                try {
                    TemporaryFiles.move(staging, target);
                } catch (IOException e) {
                    if (old[0] != null) {
                        TemporaryFiles.move(old[0], target);
                    }
                    throw e;
                }
            });
            TemporaryFiles.release(staging);
            committed = true;
            if (old[0] != null) {
                deleteTree(old[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + staging + " to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the staging directory unless {@link #commit()} has moved it into place. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            try {
                deleteTree(staging);
                TemporaryFiles.release(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + staging + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
