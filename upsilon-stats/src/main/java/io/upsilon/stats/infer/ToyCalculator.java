package io.upsilon.stats.infer;

import io.upsilon.core.random.RandomStreams;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.model.Model;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * CLs from pseudo-experiments, as pyhf's {@code ToyCalculator}: toys are thrown at the suggested
 * init with the POI at the tested value (signal+background) and at 0 (background; 1 for q0), and
 * the test statistic is computed on each. Toy {@code i} of hypothesis {@code h} ({@code sb} or
 * {@code b}) draws its data from the stream {@code toys/h/toy[i]/data} of the calculator's {@link
 * RandomStreams} family ({@code RandomStreams.of(seed)} for the long-seed constructor), so results
 * depend only on the family, never on thread count. Toys run in parallel in fixed blocks; a toy
 * whose fits fail is counted and left out.
 */
public final class ToyCalculator {

    private static final double[] N_SIGMA = {2, 1, 0, -1, -2};
    private static final int BLOCK = 25;

    private final Model model;
    private final double[] data;
    private final TestStatistic ts;
    private final int ntoys;
    private final RandomStreams toys;
    private final AtomicInteger failures = new AtomicInteger();

    /**
     * Calculator with {@code ntoys} toys per hypothesis from master seed {@code seed}: the same as
     * {@link #ToyCalculator(Model, double[], TestStatistic, int, RandomStreams)} with the family
     * {@code RandomStreams.of(seed)}.
     */
    public ToyCalculator(Model model, double[] data, TestStatistic ts, int ntoys, long seed) {
        this(model, data, ts, ntoys, RandomStreams.of(seed));
    }

    /**
     * Calculator with {@code ntoys} toys per hypothesis drawn from the streams {@code
     * toys/sb/toy[i]/data} and {@code toys/b/toy[i]/data} of {@code streams} (e.g. a search's
     * family {@code RandomStreams.of(seed).child("my-search").child("limit/channel-1")}).
     */
    public ToyCalculator(Model model, double[] data, TestStatistic ts, int ntoys, RandomStreams streams) {
        if (ntoys < 1) {
            throw new IllegalArgumentException("ntoys must be >= 1");
        }
        this.model = model;
        this.data = data.clone();
        this.ts = ts;
        this.ntoys = ntoys;
        this.toys = streams.child("toys");
    }

    /** Number of toys whose fits failed so far (left out of the distributions). */
    public int failures() {
        return failures.get();
    }

    /** The test statistic distribution of toys generated at {@code genPars}, sorted; NaN for failed toys removed. */
    double[] distribution(String hypothesis, double mu, double[] genPars) {
        double[] out = new double[ntoys];
        int blocks = (ntoys + BLOCK - 1) / BLOCK;
        RandomStreams family = toys.child(hypothesis);
        boolean[] fixed = model.suggestedFixed();
        IntStream.range(0, blocks).parallel().forEach(b -> {
            Fitter fitter = new Fitter(model);
            for (int i = b * BLOCK; i < Math.min(ntoys, (b + 1) * BLOCK); i++) {
                double[] toy = model.sample(genPars, family.child("toy", i).stream("data"));
                TestStatistics.Evaluation e = TestStatistics.evaluate(ts, mu, toy, fitter, genPars, fixed, null);
                boolean ok = e.free().status().ok() && e.conditional().status().ok() && Double.isFinite(e.value());
                if (!ok) {
                    failures.incrementAndGet();
                }
                out[i] = ok ? e.value() : Double.NaN;
            }
        });
        double[] kept = Arrays.stream(out).filter(Double::isFinite).toArray();
        Arrays.sort(kept);
        return kept;
    }

    /** The toy-based hypothesis test at {@code mu}. */
    public HypotestResult hypotest(double mu) {
        Fitter fitter = new Fitter(model);
        double[] init = model.suggestedInit();
        TestStatistics.Evaluation obs =
                TestStatistics.evaluate(ts, mu, data, fitter, init, model.suggestedFixed(), null);
        double[] sbPars = init.clone();
        sbPars[model.poiIndex()] = mu;
        double[] bPars = init.clone();
        bPars[model.poiIndex()] = ts == TestStatistic.Q0 ? 1.0 : 0.0;
        double[] sb = distribution("sb", mu, sbPars);
        double[] b = distribution("b", mu, bPars);
        double[] p = pvalues(obs.value(), sb, b);
        double[] exp = new double[5];
        for (int k = 0; k < 5; k++) {
            double v = percentile(b, 100 * AsymptoticCalculator.phi(N_SIGMA[k]));
            exp[k] = pvalues(v, sb, b)[2];
        }
        boolean ok = obs.free().status().ok() && obs.conditional().status().ok();
        return new HypotestResult(mu, p[2], exp, p[0], p[1], obs.value(), ok);
    }

    private static double tail(double[] sorted, double v) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) (sorted.length - lo) / sorted.length;
    }

    private static double[] pvalues(double v, double[] sb, double[] b) {
        double clsb = tail(sb, v);
        double clb = tail(b, v);
        return new double[] {clsb, clb, clb > 0 ? clsb / clb : 0.0};
    }

    /** numpy.percentile with linear interpolation on sorted data. */
    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q / 100 * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]);
    }
}
