package io.upsilon.core.exec;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The temporary files and directories this process is writing (partial outputs, staging
 * directories, event chunks): each is registered when created and released when renamed into
 * place or deleted. When the JVM is stopped (Ctrl-C, SIGTERM) one shutdown hook deletes whatever
 * is still registered, so an interrupted run leaves nothing half-written behind; files of a process
 * killed outright (SIGKILL) carry its PID in their name ({@link #pidTag()}) and are removed by the
 * next run that writes the same output.
 *
 * <p>Outputs are put in place only through {@link #commit(Renames)} (or {@link #moveIntoPlace}),
 * which the shutdown hook waits for and then refuses: an interrupt either arrives after a commit,
 * whose output is then complete, or before it, when nothing is put in place. A signal can never
 * split a commit or delete a file while it is being renamed.
 */
public final class TemporaryFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean shuttingDown;
    private static final Object COMMIT_LOCK = new Object();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::deleteAll, "upsilon-temporary-files"));
    }

    private TemporaryFiles() {}

    /** {@code "p<PID>"}: put in temporary names so that a later run can tell whose they are. */
    public static String pidTag() {
        return "p" + ProcessHandle.current().pid();
    }

    /**
     * Whether the {@link #pidTag()} at the start of {@code tagged} ({@code "p1234-..."}, the part of
     * a temporary name after its known prefix) names a process that no longer runs; false when
     * there is no tag (such files are left alone).
     */
    public static boolean startsWithDeadPid(String tagged) {
        int j = 1;
        while (j < tagged.length() && j <= 19 && Character.isDigit(tagged.charAt(j))) {
            j++;
        }
        if (!tagged.startsWith("p") || j == 1 || j > 19) {
            return false;
        }
        long pid = Long.parseLong(tagged.substring(1, j));
        return !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Registers a temporary file or directory about to be created.
     *
     * @throws JobCancelledException when the JVM is already shutting down (nothing new is started)
     */
    public static Path register(Path p) {
        LIVE.add(p.toAbsolutePath());
        if (shuttingDown) {
            // Created while the JVM stops: remove it at once instead of leaving it behind.
            deleteTree(p);
            throw new JobCancelledException();
        }
        return p;
    }

    /** Releases a temporary file that was renamed into place or deleted. */
    public static void release(Path p) {
        LIVE.remove(p.toAbsolutePath());
    }

    /** Renames that put outputs in place, run as one step with respect to an interrupt. */
    @FunctionalInterface
    public interface Renames {
        /** Performs the renames. */
        void run() throws IOException;
    }

    /**
     * Runs {@code renames} (the moves that put an output in place) so that the shutdown hook cannot
     * interleave with them: it waits for a commit in progress and refuses later ones.
     *
     * @throws JobCancelledException when the JVM is already stopping (nothing is renamed)
     */
    public static void commit(Renames renames) throws IOException {
        synchronized (COMMIT_LOCK) {
            if (shuttingDown) {
                throw new JobCancelledException();
            }
            renames.run();
        }
    }

    /**
     * Renames the temporary {@code source} onto {@code target} (atomically where the file system
     * allows, replacing it) as a {@link #commit(Renames)}, and releases {@code source}.
     *
     * @throws JobCancelledException when the JVM is already stopping (nothing is renamed)
     */
    public static void moveIntoPlace(Path source, Path target) throws IOException {
        commit(() -> move(source, target));
        release(source);
    }

    /**
     * Renames {@code source} onto {@code target}, atomically where the file system allows; for use
     * inside a {@link #commit(Renames)}.
     */
    public static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteAll() {
        synchronized (COMMIT_LOCK) {
            // From here on no output is put in place; a commit in progress has finished.
            shuttingDown = true;
        }
        for (Path p : LIVE) {
            deleteTree(p);
        }
        // Workers that registered a file while the first pass ran: a second pass once they stopped.
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Path p : LIVE) {
            deleteTree(p);
        }
    }

    /** Deletes a file, or a directory with its content, quietly. */
    public static void deleteTree(Path root) {
        try {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(q);
                    }
                }
            } else {
                Files.deleteIfExists(root);
            }
        } catch (IOException | RuntimeException e) {
            // Best effort at exit; the PID in the name lets the next run remove it.
        }
    }
}
