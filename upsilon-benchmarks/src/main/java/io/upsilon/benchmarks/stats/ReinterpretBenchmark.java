package io.upsilon.benchmarks.stats;

import io.upsilon.generators.decay.spectrum.KnunuWetSpectrum;
import io.upsilon.generators.decay.spectrum.TwoBodyInvisibleSpectrum;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.HypotestResult;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.reinterpret.MappingReader;
import io.upsilon.stats.reinterpret.ReinterpretMapping;
import io.upsilon.stats.reinterpret.TemplateReweighter;
import io.upsilon.stats.reinterpret.WarmStart;
import io.upsilon.stats.workspace.Workspace;
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
 * One model point of {@code upsilon reinterpret} on the Belle II B+ -&gt; K+ nu nubar likelihood
 * (232 parameters) with the mapping of docs/reinterpret/belle2_bplus_kplus_nunu: B+ -&gt; K+ X at
 * m_X = 2 GeV, B = 1e-5. {@code point}: re-weight, compile, free fit and the CLs hypotest at POI = 1
 * (the "refit + CLs" of one point), the fits starting from the {@link WarmStart} as in {@code
 * upsilon reinterpret}; {@code pointColdStart}: the same from the workspace's own inits (the path
 * before the warm start); {@code limit}: {@code point} plus the observed and expected 95% CL upper
 * limits by root finding. Needs {@code sharedDir} (default: system property upsilon.shared.dir,
 * else ../shared) and {@code mapping} (run from the repository root, or pass -p mapping=...).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReinterpretBenchmark {

    @Param({""})
    public String sharedDir;

    @Param({"docs/reinterpret/belle2_bplus_kplus_nunu/mapping.json"})
    public String mapping;

    private TemplateReweighter reweighter;
    private double[] weights;
    private WarmStart warmStart;

    @Setup
    public void setup() {
        String dir = !sharedDir.isEmpty() ? sharedDir : System.getProperty("upsilon.shared.dir", "../shared");
        Path ws = Path.of(dir, "published_likelihoods", "belle2_bplus_kplus_nunu", "combined_ita_hta.json");
        if (!Files.exists(ws) || !Files.exists(Path.of(mapping))) {
            throw new IllegalStateException(
                    "need " + ws + " and " + mapping + ": pass -p sharedDir=... -p mapping=...");
        }
        Workspace w = WorkspaceReader.read(ws);
        ReinterpretMapping m = MappingReader.read(Path.of(mapping));
        reweighter = new TemplateReweighter(w, m);
        double[] edges = m.truthBinEdges();
        weights = TemplateReweighter.weights(
                new TwoBodyInvisibleSpectrum(2.0, 1e-5).binnedBranchingFractions(edges),
                KnunuWetSpectrum.sm().binnedBranchingFractions(edges));
        Model reference = ModelCompiler.compile(w, "bench");
        warmStart = WarmStart.of(
                reference,
                new Fitter(reference).fixedPoiFit(0.0, reference.observedData()).values(),
                m.poi());
    }

    private AsymptoticCalculator calculator(boolean warm) {
        Workspace ws = reweighter.reweight(weights);
        Model model = ModelCompiler.compile(warm ? warmStart.applyTo(ws) : ws, "bench");
        return new AsymptoticCalculator(model, model.observedData(), TestStatistic.QTILDE);
    }

    private AsymptoticCalculator calculator() {
        return calculator(true);
    }

    @Benchmark
    public HypotestResult point() {
        return calculator().hypotest(1.0);
    }

    @Benchmark
    public HypotestResult pointColdStart() {
        return calculator(false).hypotest(1.0);
    }

    @Benchmark
    public UpperLimit.Result limit() {
        AsymptoticCalculator calc = calculator();
        calc.hypotest(1.0);
        return UpperLimit.rootFind(calc, 0, 10, 0.05, 1e-4);
    }
}
