package io.upsilon.analysis.output;

import io.upsilon.core.exec.TemporaryFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;

/**
 * Writes files so that a reader never sees a half-written one: the content goes to a temporary file
 * in the target's directory, which is then renamed onto the target ({@code ATOMIC_MOVE}, or a plain
 * replacing move where the file system cannot do it atomically). A failure while writing deletes the
 * temporary file and leaves an existing target as it was.
 *
 * <p>For a whole output directory use {@link #stage(Path)}.
 *
 * <p>I/O failures are thrown as {@link UncheckedIOException}.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes {@code text} as UTF-8 to {@code target}, atomically. Missing parent directories are created. */
    public static void writeString(Path target, String text) {
        Objects.requireNonNull(text, "text");
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code target}, atomically. Missing parent directories are created. */
    public static void writeBytes(Path target, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        write(target, out -> out.write(bytes));
    }

    /**
     * Lets {@code writer} fill a temporary file beside {@code target}, then renames it onto the target.
     * If the writer throws, the temporary file is deleted and the target is untouched.
     *
     * @param target the file to create or replace
     * @param writer writes the content (the stream is buffered and closed here)
     */
    public static void write(Path target, StreamWriter writer) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(writer, "writer");
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + abs.getFileName() + "." + TemporaryFiles.pidTag() + "-", ".tmp");
            TemporaryFiles.register(temp);
            setReadable(temp, false);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                writer.writeTo(out);
            }
            TemporaryFiles.moveIntoPlace(temp, abs);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
                TemporaryFiles.release(temp);
            }
        }
    }

    /**
     * Starts staging an output directory: files are written into {@link StagedDirectory#path()} (a
     * sibling of {@code target}) and appear at {@code target} all at once on {@link
     * StagedDirectory#commit()}. Closing without committing deletes the staging directory, so a failed
     * run leaves nothing half-written.
     *
     * @param target the output directory to create or replace
     */
    public static StagedDirectory stage(Path target) {
        return StagedDirectory.create(target);
    }

    /**
     * Gives a freshly created temporary file or directory (owner-only by default) the usual
     * permissions of an output: rw-r--r-- for files, rwxr-xr-x for directories. No-op off POSIX.
     */
    static void setReadable(Path path, boolean directory) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(directory ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: a stray temporary file is harmless
        }
    }
}
