package io.upsilon.cli;

import io.upsilon.core.exec.LocalExecutor;
import java.util.function.Supplier;

/**
 * Ctrl-C handling for long jobs: while {@code work} runs, a shutdown hook cancels the executor and
 * waits briefly for the workers to stop, so that no output is half-written (outputs are written
 * only after the job returns).
 */
final class Interrupts {
    private Interrupts() {}

    static <R> R runCancellable(LocalExecutor executor, Supplier<R> work) {
        Object done = new Object();
        boolean[] finished = {false};
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
            }
            System.err.println("upsilon: interrupted, stopped cleanly");
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.get();
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
