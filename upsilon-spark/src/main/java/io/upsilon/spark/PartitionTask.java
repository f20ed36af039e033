package io.upsilon.spark;

import io.upsilon.core.exec.DriverProgram;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.PartitionFunction;
import io.upsilon.core.exec.TaskContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * The Spark task of one partition: rebuilds the job's partition function by replaying the driver
 * program ({@link ReplayExecutor}), applies it to partition {@code index} with the partition's own
 * random streams ({@link Job#partition}, a pure function of job and index, so a retried task
 * computes the same result) and returns the serialized result.
 *
 * <p>The replay is done once per job in each executor JVM and its function reused for the
 * partitions that JVM runs: a partition function is pure and thread-safe, as the local engine
 * already requires when it runs partitions on several threads.
 */
final class PartitionTask implements Function<Integer, PartitionOutput> {
    private static final long serialVersionUID = 1L;

    /** Captured functions by {@code application/call}: a few, the jobs this JVM runs right now. */
    private static final Map<String, PartitionFunction<?>> CAPTURED = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PartitionFunction<?>> eldest) {
            return size() > 4;
        }
    };

    private final DriverProgram program;
    private final String key;
    private final Job job;
    private final Broadcast<List<RecordedJob>> history;

    /**
     * @param program the driver program
     * @param key unique for this job of this application (application id and call number)
     * @param job the job being distributed
     * @param history the jobs run before it, with their merged results
     */
    PartitionTask(DriverProgram program, String key, Job job, Broadcast<List<RecordedJob>> history) {
        this.program = program;
        this.key = key;
        this.job = job;
        this.history = history;
    }

    @Override
    public PartitionOutput call(Integer index) {
        PartitionFunction<?> fn = function();
        org.apache.spark.TaskContext spark = org.apache.spark.TaskContext.get();
        TaskContext ctx = new TaskContext() {
            @Override
            public void advance(long events) {}

            @Override
            public boolean isCancelled() {
                return spark != null && spark.isInterrupted();
            }
        };
        Object result = fn.apply(job.partition(index), ctx);
        return new PartitionOutput(index, JavaSerialization.write(result));
    }

    private PartitionFunction<?> function() {
        synchronized (CAPTURED) {
            PartitionFunction<?> fn = CAPTURED.get(key);
            if (fn == null) {
                fn = replay();
                CAPTURED.put(key, fn);
            }
            return fn;
        }
    }

    private PartitionFunction<?> replay() {
        ReplayExecutor replay = new ReplayExecutor(history.value(), job);
        Path scratch;
        try {
            scratch = Files.createTempDirectory("upsilon-replay");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            program.run(replay, scratch.resolve("out"));
        } catch (ReplayExecutor.Captured expected) {
            // The program reached the job: its partition function is captured.
        } catch (RuntimeException e) {
            // A program may wrap what it catches; the function was captured all the same.
            if (replay.captured() == null) {
                throw e;
            }
        } finally {
            deleteTree(scratch);
        }
        if (replay.captured() == null) {
            throw new IllegalStateException("the driver program ended on a worker without reaching job " + job.name()
                    + ": a driver program must be deterministic");
        }
        return replay.captured();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary directory is harmless; the result does not depend on it.
        }
    }
}
