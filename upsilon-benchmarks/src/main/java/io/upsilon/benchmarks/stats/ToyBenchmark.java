package io.upsilon.benchmarks.stats;

import io.upsilon.core.random.RandomStreams;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.ToyCalculator;
import io.upsilon.stats.infer.ToyHypotest;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.model.ModelOptions;
import io.upsilon.stats.workspace.WorkspaceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Toys on the Belle II B+ -> K+ nu nubar likelihood (232 parameters; Belle II, PRD 109 (2024)
 * 112006; likelihood release arXiv:2507.12393), read from {@code
 * published_likelihoods/belle2_bplus_kplus_nunu/combined_ita_hta.json} under {@code sharedDir}
 * (default: the system property upsilon.shared.dir, else ../shared). One operation is a toy
 * hypothesis test at mu = {@code poi} with {@code toys} toys per hypothesis (2 x toys toys, each a
 * free and a conditional fit) on {@code threads} threads: toys per second = 2 {@code toys} / (s/op).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ToyBenchmark {

    @Param({""})
    public String sharedDir;

    @Param({"100"})
    public int toys;

    @Param({"1", "2"})
    public int threads;

    @Param({"1.0"})
    public double poi;

    private Model model;
    private final RandomStreams streams = RandomStreams.of(42);
    private long operation;

    @Setup
    public void setup() {
        String dir = !sharedDir.isEmpty() ? sharedDir : System.getProperty("upsilon.shared.dir", "../shared");
        Path ws = Path.of(dir, "published_likelihoods", "belle2_bplus_kplus_nunu", "combined_ita_hta.json");
        if (!Files.exists(ws)) {
            throw new IllegalStateException("shared dir not present (" + ws + "): skipping the toy benchmark;"
                    + " pass -p sharedDir=/path/to/shared");
        }
        model = ModelCompiler.compile(WorkspaceReader.read(ws), ws.toString(), null, ModelOptions.defaults());
    }

    @Benchmark
    public ToyHypotest toyHypotest() {
        // A sub-family per operation: each call throws new toys (no caching across calls).
        return new ToyCalculator(
                        model,
                        model.observedData(),
                        TestStatistic.QTILDE,
                        toys,
                        streams.child("operation", operation++))
                .withThreads(threads)
                .toyHypotest(poi);
    }
}
