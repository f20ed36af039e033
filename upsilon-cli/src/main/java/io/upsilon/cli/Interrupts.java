package io.upsilon.cli;

import io.upsilon.core.exec.LocalExecutor;
import java.util.function.Supplier;

/**
 * Ctrl-C and SIGTERM handling for long jobs. While {@code work} (the job and the commit of its
 * outputs) runs, a shutdown hook cancels the executor and waits briefly for {@code work} to end.
 * Outputs are committed through {@link io.upsilon.core.exec.TemporaryFiles#commit}, which an
 * interrupt waits for or prevents, so there are two outcomes: the work was stopped before its
 * commit (nothing written, "stopped cleanly", exit 130 for SIGINT or 143 for SIGTERM), or the
 * signal came after the commit and the work ended normally, when the outputs are complete and the
 * process says so and exits 0.
 */
final class Interrupts {
    private Interrupts() {}

    static <R> R runCancellable(LocalExecutor executor, Supplier<R> work) {
        Object done = new Object();
        boolean[] finished = {false};
        boolean[] succeeded = {false};
        Thread hook = new Thread(() -> {
            executor.cancel();
            synchronized (done) {
                long deadline = System.currentTimeMillis() + 2000;
                while (!finished[0] && System.currentTimeMillis() < deadline) {
                    try {
                        done.wait(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (succeeded[0]) {
                    // The signal came after the outputs were committed: the run is complete.
                    System.err.println("upsilon: interrupted after the outputs were written; they are complete");
                    System.err.flush();
                    Runtime.getRuntime().halt(0);
                }
            }
            System.err.println("upsilon: interrupted, stopped cleanly");
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            R result = work.get();
            synchronized (done) {
                succeeded[0] = true;
            }
            return result;
        } finally {
            synchronized (done) {
                finished[0] = true;
                done.notifyAll();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting (Ctrl-C): the hook runs and reports.
            }
        }
    }
}
