package io.upsilon.core.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
public final class TemporaryFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean shuttingDown;

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

    private static void deleteAll() {
        shuttingDown = true;
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
