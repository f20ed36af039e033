package io.upsilon.benchmarks.stats;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.model.Likelihood;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.workspace.WorkspaceReader;
import java.util.Locale;
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
 * A binned and an unbinned channel in one likelihood: 10 binned channels of 10 bins (signal with
 * mu, lumi and an efficiency normsys; background with a normsys per channel and staterror) and one
 * unbinned Mbc channel of {@code events} events (Gaussian signal sharing mu, lumi and the efficiency
 * normsys, with a constrained mean; ARGUS background with a free curvature). {@code
 * nllAndGradient}: one evaluation; {@code fit}: a full fit with Hessian errors.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class CombinedBenchmark {

    @Param({"10000"})
    public int events;

    private Model model;
    private Likelihood likelihood;
    private double[] x;
    private double[] grad;

    @Setup
    public void setup() {
        model = ModelCompiler.compile(WorkspaceReader.parse("combined.json", json(events, 1)), "combined.json");
        likelihood = model.likelihood();
        x = model.suggestedInit();
        grad = new double[x.length];
    }

    /**
     * The workspace: 10 binned channels and one unbinned channel of {@code events} events drawn
     * (seed {@code seed}) from a Gaussian peak (10 %) on an ARGUS background.
     */
    public static String json(int events, long seed) {
        RandomStream rng = RandomStreams.of(seed).child("combined-benchmark").stream("events");
        StringBuilder sb = new StringBuilder("{\"channels\": [");
        StringBuilder obs = new StringBuilder();
        for (int c = 0; c < 10; c++) {
            StringBuilder sig = new StringBuilder();
            StringBuilder bkg = new StringBuilder();
            StringBuilder err = new StringBuilder();
            StringBuilder n = new StringBuilder();
            for (int b = 0; b < 10; b++) {
                double s = 5 * Math.exp(-0.5 * (b - 5) * (b - 5) / 4.0);
                double bg = 100 * Math.exp(-0.2 * b) + 10;
                String sep = b == 0 ? "" : ", ";
                sig.append(sep).append(num(s));
                bkg.append(sep).append(num(bg));
                err.append(sep).append(num(0.05 * bg));
                n.append(sep).append(rng.nextPoisson(s + bg));
            }
            sb.append(c == 0 ? "" : ", ")
                    .append("{\"name\": \"ch")
                    .append(c)
                    .append("\", \"samples\": [{\"name\": \"sig\", \"data\": [")
                    .append(sig)
                    .append("], \"modifiers\": [{\"name\": \"mu\", \"type\": \"normfactor\", \"data\": null},")
                    .append(" {\"name\": \"lumi\", \"type\": \"lumi\", \"data\": null},")
                    .append(" {\"name\": \"eff\", \"type\": \"normsys\", \"data\": {\"hi\": 1.05, \"lo\": 0.95}}]},")
                    .append(" {\"name\": \"bkg\", \"data\": [")
                    .append(bkg)
                    .append("], \"modifiers\": [{\"name\": \"bkg_")
                    .append(c)
                    .append("\", \"type\": \"normsys\", \"data\": {\"hi\": 1.1, \"lo\": 0.9}},")
                    .append(" {\"name\": \"stat_")
                    .append(c)
                    .append("\", \"type\": \"staterror\", \"data\": [")
                    .append(err)
                    .append("]}]}]}");
            obs.append(c == 0 ? "" : ", ")
                    .append("{\"name\": \"ch")
                    .append(c)
                    .append("\", \"data\": [")
                    .append(n)
                    .append("]}");
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < events; i++) {
            double v;
            if (i < events / 10) {
                do {
                    v = rng.nextGaussian(5.2795, 0.003);
                } while (v < 5.2 || v > 5.29);
            } else {
                v = argus(rng);
            }
            values.append(i == 0 ? "" : ", ").append(num(v));
        }
        sb.append("], \"observations\": [")
                .append(obs)
                .append("], \"measurements\": [{\"name\": \"m\", \"config\": {\"poi\": \"mu\", \"parameters\": [")
                .append("{\"name\": \"lumi\", \"auxdata\": [1.0], \"sigmas\": [0.02], \"bounds\": [[0.5, 1.5]],")
                .append(" \"inits\": [1.0]}]}}], \"version\": \"1.0.0\",")
                .append(" \"unbinned_channels\": [{\"name\": \"mbc\",")
                .append(" \"observable\": {\"name\": \"mbc\", \"min\": 5.2, \"max\": 5.29},")
                .append(" \"data\": {\"values\": [")
                .append(values)
                .append("]}, \"components\": [")
                .append("{\"name\": \"sig\", \"pdf\": \"gaussian\", \"parameters\": [\"mbc_mean\", \"mbc_sigma\"],")
                .append(" \"yield\": ")
                .append(events / 10)
                .append(", \"modifiers\": [{\"name\": \"mu\", \"type\": \"normfactor\", \"data\": null},")
                .append(" {\"name\": \"lumi\", \"type\": \"lumi\", \"data\": null},")
                .append(" {\"name\": \"eff\", \"type\": \"normsys\", \"data\": {\"hi\": 1.05, \"lo\": 0.95}}]},")
                .append(" {\"name\": \"bkg\", \"pdf\": \"argus\", \"parameters\": [\"argus_m0\", \"argus_c\"],")
                .append(" \"yield\": ")
                .append(events - events / 10)
                .append(", \"modifiers\": [{\"name\": \"bkg_mbc\", \"type\": \"normfactor\", \"data\": null}]}],")
                .append(" \"shape_parameters\": [")
                .append("{\"name\": \"mbc_mean\", \"init\": 5.2795, \"bounds\": [5.27, 5.285],")
                .append(" \"constraint\": {\"mean\": 5.2795, \"sigma\": 0.0005}},")
                .append(" {\"name\": \"mbc_sigma\", \"init\": 0.003, \"bounds\": [0.001, 0.01]},")
                .append(" {\"name\": \"argus_m0\", \"init\": 5.29, \"bounds\": [5.28, 5.3], \"fixed\": true},")
                .append(" {\"name\": \"argus_c\", \"init\": -20, \"bounds\": [-100, 0]}]}]}");
        return sb.toString();
    }

    /** An ARGUS (m0 = 5.29, c = -20) event in [5.2, 5.29] by accept-reject under a flat envelope. */
    private static double argus(RandomStream rng) {
        while (true) {
            double m = 5.2 + 0.09 * rng.nextDouble();
            double z = m / 5.29;
            double w = 1 - z * z;
            double f = m * Math.sqrt(w) * Math.exp(-20 * w);
            // max of f on [5.2, 5.29] is below 0.8 (at w = 1/40: 5.25 * 0.158 * 0.607 = 0.50)
            if (rng.nextDouble() * 0.8 < f) {
                return m;
            }
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.9g", v);
    }

    @Benchmark
    public double nllAndGradient() {
        return likelihood.nllAndGradient(x, grad);
    }

    @Benchmark
    public FitResult fit() {
        return new Fitter(model).fit(model.observedData(), model.suggestedInit(), model.suggestedFixed(), true);
    }
}
