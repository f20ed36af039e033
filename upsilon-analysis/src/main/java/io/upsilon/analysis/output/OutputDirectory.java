package io.upsilon.analysis.output;

import io.upsilon.core.error.InputException;
import io.upsilon.core.exec.TemporaryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The rules for a run's output directory. Upsilon writes a marker file, {@value #MARKER}, into
 * every output directory it creates, and replaces only such a directory (or an empty one, which
 * holds nothing to lose): an existing file, a directory the user made, the current directory or
 * one of its parents are refused before the job starts, as is a location whose parent cannot be
 * created or written.
 */
public final class OutputDirectory {
    /** The marker file in every output directory Upsilon writes. */
    public static final String MARKER = ".upsilon-output";

    /** The marker's content (the same in every run, so that outputs compare byte for byte). */
    static final String MARKER_TEXT =
            "This directory was written by Upsilon; the next run with the same output directory replaces it.\n";

    private OutputDirectory() {}

    /**
     * Whether {@code dir} is an output directory Upsilon wrote: it holds the marker, or (written
     * before the marker existed) a {@code summary.json} with Upsilon's provenance.
     */
    public static boolean isUpsilonOutput(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.isRegularFile(dir.resolve(MARKER))) {
            return true;
        }
        Path summary = dir.resolve("summary.json");
        try {
            return Files.isRegularFile(summary)
                    && Files.size(summary) < 64L << 20
                    && Files.readString(summary).contains("\"upsilon_version\"");
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Checks that a run may write its outputs to {@code target}, before any work is done.
     *
     * @param target the output directory asked for
     * @param option how the user named it, for the message (e.g. "--out")
     * @return the absolute, normalised target
     * @throws InputException naming the option and the path when the target may not be replaced or
     *     created
     */
    public static Path checkReplaceable(Path target, String option) {
        Path abs = target.toAbsolutePath().normalize();
        String where = option + " " + target;
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (cwd.startsWith(abs)) {
            throw new InputException(where, "", "is the current directory or one of its parents; give a new directory");
        }
        if (abs.getParent() == null) {
            throw new InputException(where, "", "is the root of the file system; give a new directory");
        }
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) {
                throw new InputException(
                        where,
                        "",
                        "exists and is not a directory; Upsilon writes a directory there and replaces"
                                + " only directories it wrote itself");
            }
            if (!isUpsilonOutput(abs) && !isEmpty(abs)) {
                throw new InputException(
                        where,
                        "",
                        "is a directory Upsilon did not write (no " + MARKER + " in it); it is left"
                                + " alone: give a new or empty directory");
            }
        }
        Path parent = abs.getParent();
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new InputException(where, "", "cannot be created: " + existing + " is not a directory");
        }
        if (!Files.isWritable(existing) || !canCreateIn(existing)) {
            throw new InputException(where, "", "cannot be written: " + existing + " is not writable");
        }
        return abs;
    }

    /**
     * Whether a directory can really be created in {@code dir}: {@link Files#isWritable} asks
     * access(2), which says yes to root on read-only and virtual file systems (/proc, a read-only
     * mount), where the run would fail only at its end.
     */
    private static boolean canCreateIn(Path dir) {
        try {
            Path probe = Files.createTempDirectory(dir, ".upsilon-writable-" + TemporaryFiles.pidTag() + "-");
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
