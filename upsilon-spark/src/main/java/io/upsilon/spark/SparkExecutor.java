package io.upsilon.spark;

import io.upsilon.core.exec.ClusterExecutor;
import io.upsilon.core.exec.DriverProgram;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.PartitionFunction;
import io.upsilon.core.exec.ProgressReporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs the jobs of one {@link DriverProgram} on Spark, bit-identical to the local engine: each
 * partition of a job is one Spark task, which rebuilds the job's partition function on its
 * executor by replaying the program ({@link PartitionTask}), and the driver folds the partial
 * results left to right in partition order, exactly as {@link io.upsilon.core.exec.LocalExecutor}
 * does. A partition's random streams depend only on the job and the partition's index, so Spark
 * may run, retry or speculatively duplicate a task anywhere without changing the result.
 *
 * <p>Not thread-safe: one program runs its jobs one after another.
 */
public final class SparkExecutor implements ClusterExecutor {
    private final JavaSparkContext spark;
    private final DriverProgram program;
    private final ProgressReporter progress;
    private final List<RecordedJob> history = new ArrayList<>();

    /**
     * @param spark the Spark context (stopped by {@link #close})
     * @param program the program whose jobs this executor runs (shipped to the workers)
     * @param progress where the driver reports finished jobs
     */
    public SparkExecutor(JavaSparkContext spark, DriverProgram program, ProgressReporter progress) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.program = Objects.requireNonNull(program, "program");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Spark settings for Upsilon: the application name, the master ({@code master}, else the one
     * {@code spark-submit} set, else {@code local[threads]}), no web UI unless configured, and the
     * loopback address for the driver when the master is on this machine.
     */
    public static SparkConf conf(String master, int threads) {
        SparkConf conf = new SparkConf().setAppName("upsilon");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + threads + "]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        String m = conf.get("spark.master");
        boolean onThisMachine =
                m.startsWith("local") || m.startsWith("spark://127.0.0.1:") || m.startsWith("spark://localhost:");
        if (onThisMachine && System.getenv("SPARK_LOCAL_IP") == null) {
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        return conf;
    }

    @Override
    public <R> R run(Job job, PartitionFunction<R> fn, BinaryOperator<R> merge, R empty) {
        int n = job.partitionCount();
        int call = history.size();
        if (n == 0) {
            history.add(new RecordedJob(job, null));
            return empty;
        }
        ProgressReporter.Task task = progress.start(job.name(), job.events());
        Broadcast<List<RecordedJob>> past = spark.broadcast(new ArrayList<>(history));
        List<PartitionOutput> outputs;
        try {
            String key = spark.sc().applicationId() + "/" + call;
            outputs = spark.parallelize(IntStream.range(0, n).boxed().toList(), n)
                    .map(new PartitionTask(program, key, job, past))
                    .collect();
        } finally {
            past.destroy();
        }
        // Fold on the driver, left to right in partition order, whatever order the tasks ended in.
        byte[][] byIndex = new byte[n][];
        for (PartitionOutput o : outputs) {
            if (byIndex[o.index()] != null) {
                throw new IllegalStateException("partition " + o.index() + " of " + job.name() + " returned twice");
            }
            byIndex[o.index()] = o.result();
        }
        R acc = null;
        for (int i = 0; i < n; i++) {
            if (byIndex[i] == null) {
                throw new IllegalStateException("partition " + i + " of " + job.name() + " returned no result");
            }
            @SuppressWarnings("unchecked")
            R r = (R) JavaSerialization.read(byIndex[i]);
            acc = i == 0 ? r : merge.apply(acc, r);
        }
        // Recorded before the program sees (and may change) the result: replays get this value.
        history.add(new RecordedJob(job, JavaSerialization.write(acc)));
        task.advance(job.events());
        task.close();
        return acc;
    }

    /** The Spark context this executor runs on. */
    public JavaSparkContext context() {
        return spark;
    }

    @Override
    public void close() {
        spark.stop();
    }
}
