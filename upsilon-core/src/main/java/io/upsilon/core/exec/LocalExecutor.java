package io.upsilon.core.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BinaryOperator;

/**
 * Runs partitions on a fixed thread pool of this JVM and merges their results in partition order:
 * results are bit-identical for any thread count. Progress goes to a {@link ProgressReporter};
 * {@link #cancel()} (called, for example, from a Ctrl-C shutdown hook) stops running partitions at
 * their next check and makes {@link #run} throw {@link JobCancelledException}.
 */
public final class LocalExecutor implements Executor {
    private final int threads;
    private final ProgressReporter progress;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param threads number of worker threads, >= 1
     * @param progress where progress is reported ({@link ProgressReporter#NONE} for silence)
     */
    public LocalExecutor(int threads, ProgressReporter progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("thread count must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.progress = progress;
    }

    /** A silent executor with {@code threads} threads. */
    public static LocalExecutor ofThreads(int threads) {
        return new LocalExecutor(threads, ProgressReporter.NONE);
    }

    public int threads() {
        return threads;
    }

    /** Asks running partitions to stop; {@link #run} then throws {@link JobCancelledException}. */
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public <R> R run(Job job, PartitionFunction<R> fn, BinaryOperator<R> merge, R empty) {
        int n = job.partitionCount();
        if (n == 0) {
            return empty;
        }
        ProgressReporter.Task task = progress.start(job.name(), job.events());
        TaskContext ctx = new TaskContext() {
            @Override
            public void advance(long events) {
                task.advance(events);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get() || Thread.currentThread().isInterrupted();
            }
        };
        try {
            List<R> results = threads == 1 || n == 1 ? runInline(job, fn, ctx) : runPooled(job, fn, ctx);
            if (cancelled.get()) {
                throw new JobCancelledException();
            }
            R acc = results.get(0);
            for (int i = 1; i < n; i++) {
                acc = merge.apply(acc, results.get(i));
            }
            return acc;
        } finally {
            task.close();
        }
    }

    private <R> List<R> runInline(Job job, PartitionFunction<R> fn, TaskContext ctx) {
        List<R> out = new ArrayList<>(job.partitionCount());
        for (int i = 0; i < job.partitionCount(); i++) {
            ctx.checkCancelled();
            out.add(fn.apply(job.partition(i), ctx));
        }
        return out;
    }

    private <R> List<R> runPooled(Job job, PartitionFunction<R> fn, TaskContext ctx) {
        int n = job.partitionCount();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), daemonThreads(job.name()));
        try {
            List<Future<R>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Partition p = job.partition(i);
                futures.add(pool.submit(() -> {
                    ctx.checkCancelled();
                    return fn.apply(p, ctx);
                }));
            }
            List<R> out = new ArrayList<>(n);
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new JobCancelledException();
        } catch (ExecutionException e) {
            cancel();
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("partition failed", c);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "upsilon-" + name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
