package io.upsilon.cli;

import io.upsilon.core.exec.JobCancelledException;
import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.exec.TemporaryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child-JVM program for {@link InterruptTest}: writes {@code args[1]} through a temporary file and
 * a slow commit, announcing on stdout when it is about to commit ({@code ready}) and when the commit
 * has begun ({@code committing}), so that the test can send a signal in either window.
 */
final class CommitWindowMain {
    private CommitWindowMain() {}

    public static void main(String[] args) throws Exception {
        boolean slowBeforeCommit = args[0].equals("before");
        Path target = Path.of(args[1]).toAbsolutePath();
        Path temp = TemporaryFiles.register(
                target.resolveSibling("." + target.getFileName() + "." + TemporaryFiles.pidTag() + "-x.part"));
        try {
            run(slowBeforeCommit, target, temp);
        } catch (JobCancelledException e) {
            System.exit(Main.EXIT_INTERRUPTED); // as Main does; the JVM is already stopping
        }
        System.exit(0);
    }

    private static void run(boolean slowBeforeCommit, Path target, Path temp) {
        Interrupts.runCancellable(LocalExecutor.ofThreads(1), () -> {
            try {
                Files.writeString(temp, "complete content\n");
                announce("ready");
                if (slowBeforeCommit) {
                    Thread.sleep(1500);
                }
                TemporaryFiles.commit(() -> {
                    announce("committing");
                    if (!slowBeforeCommit) {
                        sleep(1500);
                    }
                    TemporaryFiles.move(temp, target);
                });
                TemporaryFiles.release(temp);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static void announce(String what) {
        System.out.println(what);
        System.out.flush();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
