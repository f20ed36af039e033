package io.upsilon.stats.infer;

import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.LocalExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Independent fits (impact refits, scan points) run as the partitions of a core {@link Job}, one
 * task per partition, on a {@link LocalExecutor}: results come back in task order, and since every
 * task is a pure function of its index (no random numbers, fits start from given values), they are
 * the same for any thread count.
 */
public final class ParallelTasks {

    private ParallelTasks() {}

    /**
     * Runs {@code task} for 0..n-1 on {@code threads} threads.
     *
     * @param name what the tasks do (the job name)
     * @param n number of tasks, >= 0
     * @param threads worker threads, >= 1
     * @param task a pure function of the task index; it must make its own fitter (not thread-safe)
     * @return the results in index order
     */
    public static <T> List<T> map(String name, int n, int threads, IntFunction<T> task) {
        if (threads < 1) {
            throw new IllegalArgumentException("thread count must be >= 1, got " + threads);
        }
        if (n == 0) {
            return List.of();
        }
        // One task per partition; the seed is unused (the tasks draw no random numbers).
        Job job = new Job(name, 0L, n, 1);
        List<T> empty = new ArrayList<>();
        return LocalExecutor.ofThreads(threads)
                .run(
                        job,
                        (partition, ctx) -> {
                            List<T> one = new ArrayList<>(1);
                            one.add(task.apply(partition.index()));
                            return one;
                        },
                        (a, b) -> {
                            List<T> merged = new ArrayList<>(a);
                            merged.addAll(b);
                            return merged;
                        },
                        empty);
    }

    /** The default thread count: the available processors. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
