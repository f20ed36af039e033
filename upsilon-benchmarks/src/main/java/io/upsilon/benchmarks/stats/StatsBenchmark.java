package io.upsilon.benchmarks.stats;

import com.fasterxml.jackson.databind.JsonNode;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.HypotestResult;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Likelihood;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.model.ModelOptions;
import io.upsilon.stats.workspace.JsonPatch;
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
 * Statistics engine benchmarks. {@code workspace=synthetic} is generated in code; {@code
 * workspace=sbottom} reads RegionA/BkgOnly.json + patch.sbottom_1300_205_60.json under {@code
 * sharedDir} (default: the system property upsilon.shared.dir, else ../shared) and fails its setup
 * with a clear message when absent. Compare with pyhf on this machine: RegionA 1300_205_60 MLE fit
 * 0.22 s, hypotest 1.0 s, 21-point scan upper limit 21 s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class StatsBenchmark {

    @Param({"synthetic", "sbottom"})
    public String workspace;

    @Param({""})
    public String sharedDir;

    private Model model;
    private Likelihood likelihood;
    private double[] pars;
    private double[] grad;
    private double[] data;

    @Setup
    public void setup() throws Exception {
        if (workspace.equals("synthetic")) {
            model = ModelCompiler.compile(
                    WorkspaceReader.parse("synthetic", SyntheticWorkspace.json(1)),
                    "synthetic",
                    null,
                    ModelOptions.defaults());
        } else {
            String dir = !sharedDir.isEmpty() ? sharedDir : System.getProperty("upsilon.shared.dir", "../shared");
            Path region = Path.of(dir, "published_likelihoods", "atlas_sbottom_multib_ins1748602", "RegionA");
            Path bkg = region.resolve("BkgOnly.json");
            if (!Files.exists(bkg)) {
                throw new IllegalStateException("shared dir not present (" + bkg + "): skipping sbottom benchmarks;"
                        + " pass -p sharedDir=/path/to/shared");
            }
            JsonNode tree = WorkspaceReader.readTree(bkg);
            tree = JsonPatch.applyFile(tree, region.resolve("patch.sbottom_1300_205_60.json"), null);
            model = ModelCompiler.compile(
                    WorkspaceReader.fromTree(bkg.toString(), tree), bkg.toString(), null, ModelOptions.defaults());
        }
        likelihood = model.likelihood();
        pars = model.suggestedInit();
        grad = new double[model.size()];
        data = model.observedData();
    }

    @Benchmark
    public double nllAndGradient() {
        return likelihood.nllAndGradient(pars, grad);
    }

    @Benchmark
    public FitResult mleFit() {
        return new Fitter(model).fit(data);
    }

    @Benchmark
    public HypotestResult hypotest() {
        return new AsymptoticCalculator(model, data, TestStatistic.QTILDE).hypotest(1.0);
    }

    @Benchmark
    public UpperLimit.Result upperLimitScan21() {
        AsymptoticCalculator calc = new AsymptoticCalculator(model, data, TestStatistic.QTILDE);
        return UpperLimit.scan(calc, UpperLimit.linspace(0, 5, 21), 0.05);
    }

    @Benchmark
    public UpperLimit.Result upperLimitRootFinding() {
        AsymptoticCalculator calc = new AsymptoticCalculator(model, data, TestStatistic.QTILDE);
        return UpperLimit.rootFind(calc, 0, 10, 0.05, 1e-6);
    }
}
