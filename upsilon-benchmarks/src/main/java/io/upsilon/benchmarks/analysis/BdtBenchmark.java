package io.upsilon.benchmarks.analysis;

import io.upsilon.analysis.mva.Bdt;
import io.upsilon.analysis.mva.BdtConfig;
import io.upsilon.analysis.mva.BdtTrainer;
import io.upsilon.analysis.mva.TrainingSet;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * BDT training and scoring ({@code io.upsilon.analysis.mva}, XGBoost hist). Training: 1e5 events
 * (half signal) x 8 Gaussian features, 200 trees of depth 4, {@code nthread} threads (select with
 * {@code -p nthread=2}); reports seconds per training. Scoring: rows per second for a batch of 1e6
 * rows in one call, and for single rows one call each (on one thread, and on two threads sharing
 * the model: scoring is lock-free Java, so the two threads run in parallel).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public class BdtBenchmark {
    private static final int FEATURES = 8;
    private static final int TRAINING_EVENTS = 100_000;
    private static final int BATCH_ROWS = 1_000_000;
    private static final int SINGLE_ROWS = 10_000;

    /** Threads for training. */
    @Param({"1"})
    public int nthread;

    private TrainingSet training;
    private BdtConfig config;
    private Bdt bdt;
    private float[] batch;
    private float[][] singles;

    @Setup
    public void setUp() {
        RandomStreams streams = RandomStreams.of(1).child("bdt-benchmark");
        training = sample(streams.stream("training"), TRAINING_EVENTS);
        config = BdtConfig.defaults().withNumTrees(200).withMaxDepth(4).withNthread(nthread);
        bdt = BdtTrainer.train(training, config);
        batch = sample(streams.stream("scoring"), BATCH_ROWS).features();
        singles = new float[SINGLE_ROWS][];
        for (int i = 0; i < SINGLE_ROWS; i++) {
            singles[i] = new float[FEATURES];
            System.arraycopy(batch, i * FEATURES, singles[i], 0, FEATURES);
        }
    }

    /** Signal: each feature shifted by 0.1 x (index + 1); background N(0, 1); unit weights. */
    private static TrainingSet sample(RandomStream rng, int n) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < FEATURES; j++) {
            names.add("f" + j);
        }
        float[] f = new float[n * FEATURES];
        int[] labels = new int[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            w[i] = 1;
            for (int j = 0; j < FEATURES; j++) {
                f[i * FEATURES + j] = (float) rng.nextGaussian(labels[i] * 0.1 * (j + 1), 1.0);
            }
        }
        return new TrainingSet(names, f, labels, w);
    }

    /** Seconds per training of 200 trees of depth 4 on 1e5 x 8. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Bdt train() {
        return BdtTrainer.train(training, config);
    }

    /** Rows per second, 1e6 rows in one batch call. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH_ROWS)
    public float[] scoreBatch() {
        return bdt.scores(batch, BATCH_ROWS);
    }

    /** Rows per second, one {@code score(row)} call per row, one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SINGLE_ROWS)
    public double scoreSingleRows() {
        double sum = 0;
        for (float[] row : singles) {
            sum += bdt.score(row);
        }
        return sum;
    }

    /** As {@link #scoreSingleRows()} from two threads sharing the model (rows per second per thread). */
    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SINGLE_ROWS)
    public double scoreSingleRowsTwoThreads() {
        return scoreSingleRows();
    }
}
