package io.upsilon.benchmarks.stats;

import io.upsilon.core.random.RandomStreams;
import io.upsilon.stats.unbinned.Argus;
import io.upsilon.stats.unbinned.CrystalBall;
import io.upsilon.stats.unbinned.DataSet;
import io.upsilon.stats.unbinned.Exponential;
import io.upsilon.stats.unbinned.Gaussian;
import io.upsilon.stats.unbinned.Observable;
import io.upsilon.stats.unbinned.Parameter;
import io.upsilon.stats.unbinned.ParameterSet;
import io.upsilon.stats.unbinned.SumPdf;
import io.upsilon.stats.unbinned.ToyGenerator;
import io.upsilon.stats.unbinned.UnbinnedFitResult;
import io.upsilon.stats.unbinned.UnbinnedFitter;
import io.upsilon.stats.unbinned.UnbinnedNll;
import java.util.List;
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
 * Unbinned likelihood benchmarks on {@code events} toy events (default 1e5) of an extended
 * two-species model: {@code model=gauss-exp} (Gaussian peak on an exponential, 5 free parameters)
 * or {@code model=cb-argus} (Crystal Ball on ARGUS in Mbc, 6 free parameters). {@code nll} is one
 * NLL value, {@code nllAndGradient} the value and the per-event central-difference gradient, {@code
 * fit} a full fit from shifted start values including the Hessian errors.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class UnbinnedBenchmark {

    @Param({"gauss-exp", "cb-argus"})
    public String model;

    @Param({"100000"})
    public int events;

    private SumPdf pdf;
    private DataSet data;
    private ParameterSet start;
    private UnbinnedNll nll;
    private double[] x;
    private double[] grad;

    @Setup
    public void setup() {
        double fs = 0.3;
        if (model.equals("gauss-exp")) {
            Observable m = new Observable("x", 0, 10);
            Gaussian sig = new Gaussian(m, Parameter.of("mu", 5, 3, 7), Parameter.of("sigma", 0.5, 0.05, 3));
            Exponential bkg = new Exponential(m, Parameter.of("lambda", -0.3, -3, 3));
            pdf = SumPdf.withYields(
                    List.of(sig, bkg),
                    List.of(
                            Parameter.of("nsig", fs * events, 0, 10.0 * events),
                            Parameter.of("nbkg", (1 - fs) * events, 0, 10.0 * events)));
        } else {
            Observable mbc = new Observable("mbc", 5.2, 5.29);
            CrystalBall sig = new CrystalBall(
                    mbc,
                    Parameter.of("mu", 5.2795, 5.27, 5.29),
                    Parameter.of("sigma", 0.0027, 0.001, 0.01),
                    Parameter.of("alpha", 1.4, 0.1, 5),
                    Parameter.of("n", 4, 0.5, 50));
            Argus bkg = new Argus(mbc, Parameter.constant("m0", 5.29), Parameter.of("c", -25, -100, 0));
            pdf = SumPdf.withYields(
                    List.of(sig, bkg),
                    List.of(
                            Parameter.of("nsig", fs * events, 0, 10.0 * events),
                            Parameter.of("nbkg", (1 - fs) * events, 0, 10.0 * events)));
        }
        ParameterSet truth = ParameterSet.of(pdf);
        data = ToyGenerator.sample(pdf, truth, events, RandomStreams.of(1).child("benchmark").stream(model));
        // start 10% of the yields and ~1 sigma of the shapes away from the truth
        start = truth.withValue("nsig", 0.9 * fs * events).withValue("nbkg", 1.05 * (1 - fs) * events);
        start = model.equals("gauss-exp")
                ? start.withValue("mu", 5.02).withValue("sigma", 0.51)
                : start.withValue("mu", 5.2796).withValue("sigma", 0.0028);
        nll = new UnbinnedNll(pdf, start, data);
        x = start.values();
        grad = new double[x.length];
    }

    @Benchmark
    public double nll() {
        return nll.value(x);
    }

    @Benchmark
    public double nllAndGradient() {
        return nll.valueAndGradient(x, grad);
    }

    @Benchmark
    public UnbinnedFitResult fit() {
        return new UnbinnedFitter(pdf, data).fit(start);
    }
}
