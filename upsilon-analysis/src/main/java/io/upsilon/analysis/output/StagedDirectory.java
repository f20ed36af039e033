package io.upsilon.analysis.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An output directory being written: everything goes into {@link #path()}, a hidden sibling of the
 * target, and {@link #commit()} moves it onto the target in one rename. An existing target is first
 * renamed aside and deleted only after the new one is in place. {@link #close()} without a commit
 * deletes the staging directory; use it in try-with-resources:
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
            Path staging = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".staging-");
            AtomicFiles.setReadable(staging, true);
            return new StagedDirectory(abs, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage " + target + ": " + e.getMessage(), e);
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
            Path old = null;
            if (Files.exists(target)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                AtomicFiles.moveIntoPlace(target, old);
            }
            try {
                AtomicFiles.moveIntoPlace(staging, target);
            } catch (IOException e) {
                if (old != null) {
                    AtomicFiles.moveIntoPlace(old, target);
                }
                throw e;
            }
            committed = true;
            if (old != null) {
                deleteTree(old);
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
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + staging + ": " + e.getMessage(), e);
            }
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
