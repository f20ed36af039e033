package io.upsilon.searches.taulphi;

import io.upsilon.core.random.RandomStreams;
import io.upsilon.searches.BinGrouping;
import io.upsilon.searches.ChannelTemplate;
import io.upsilon.searches.SampleTemplate;
import io.upsilon.searches.WorkspaceBuilder;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.HypotestResult;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.ToyCalculator;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.workspace.Workspace;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The counting experiment of one channel: a one-bin HistFactory workspace whose POI {@code s} is
 * the signal count in the signal region (signal sample of one event scaled by the normalisation
 * factor s, with a log-normal-like efficiency uncertainty), the background estimate b with its
 * relative uncertainty (sideband statistics and the simulated ratio), and the observed count.
 *
 * <p>The CLs upper limit on s uses pseudo-experiments ({@link ToyCalculator}, q̃ test statistic):
 * with O(1) expected events the asymptotic formulae are not reliable (the test statistic is far
 * from its χ² limit for discrete counts near zero), and a one-bin model makes toys cheap. The
 * limit is found by bisection of CLs(s) = 1 − CL; the toys of every tested s come from the same
 * named streams (ToyCalculator), so CLs(s) is a fixed, reproducible function of s. The
 * asymptotic limit is computed as a cross-check.
 */
final class TauLPhiLimit {
    /** Smallest background put into the model (events): a zero-background bin has no likelihood. */
    static final double MIN_BACKGROUND = 1e-3;

    /** Largest signal count searched, events. */
    static final double S_MAX = 100;

    /** The parameter of interest: the signal count in the signal region. */
    static final String POI = "s";

    private static final int BISECTIONS = 14;

    private TauLPhiLimit() {}

    /**
     * The counting limit.
     *
     * @param observed CLs limit on s from the observed count
     * @param expected median expected CLs limit on s (background only)
     * @param asymptoticObserved the asymptotic observed limit (cross-check)
     * @param asymptoticExpected the asymptotic median expected limit (cross-check)
     * @param toyFailures toys whose fits failed (left out)
     */
    record Result(
            double observed, double expected, double asymptoticObserved, double asymptoticExpected, int toyFailures) {}

    /**
     * The one-bin workspace.
     *
     * @param name channel name
     * @param background expected background b in the signal region (floored at {@link #MIN_BACKGROUND})
     * @param backgroundUncertainty relative uncertainty of b
     * @param efficiencyUncertainty relative uncertainty of the signal efficiency
     * @param observed observed count
     */
    static Workspace workspace(
            String name,
            double background,
            double backgroundUncertainty,
            double efficiencyUncertainty,
            double observed) {
        double b = Math.max(background, MIN_BACKGROUND);
        double ub = Math.max(backgroundUncertainty, 0);
        double ue = Math.max(efficiencyUncertainty, 0);
        // Log-normal-like: the -1 sigma factor is 1/(1 + u), so it stays positive for any u.
        ChannelTemplate channel = ChannelTemplate.of("sr_" + name, BinGrouping.allBins(1))
                .withSample(SampleTemplate.signal("signal", 1.0)
                        .withNormFactor(POI)
                        .withNormSys("signal_efficiency", 1 + ue, 1 / (1 + ue)))
                .withSample(SampleTemplate.background("background", b)
                        .withNormSys("background_estimate", 1 + ub, 1 / (1 + ub)))
                .withObserved(observed);
        return WorkspaceBuilder.measurement("taulphi_" + name, POI)
                .parameter(POI, 1.0, 0, sMax(observed))
                .channel(channel)
                .build();
    }

    /**
     * Toy-based CLs limits (observed and median expected) at confidence level cl, plus asymptotics.
     *
     * @param toys pseudo-experiments per hypothesis and tested s
     * @param streams the family the toys draw from ({@link ToyCalculator}: {@code toys/sb/toy[i]/data}
     *     and {@code toys/b/toy[i]/data} under it), one per channel
     */
    static Result limit(Workspace ws, double cl, int toys, RandomStreams streams) {
        Model model = ModelCompiler.compile(ws, "tau-l-phi workspace");
        double[] data = model.observedData();
        ToyCalculator calc = new ToyCalculator(model, data, TestStatistic.QTILDE, toys, streams);
        TreeMap<Double, HypotestResult> cache = new TreeMap<>();
        ToDoubleFunction<Double> obs =
                s -> cache.computeIfAbsent(s, calc::hypotest).clsObs();
        ToDoubleFunction<Double> exp =
                s -> cache.computeIfAbsent(s, calc::hypotest).clsExp()[2];
        double level = 1 - cl;
        double sMax = sMax(data[0]);
        double observed = bisect(obs, level, sMax);
        double expected = bisect(exp, level, sMax);
        double aObs = Double.NaN;
        double aExp = Double.NaN;
        try {
            AsymptoticCalculator a = new AsymptoticCalculator(model, data, TestStatistic.QTILDE);
            UpperLimit.Result r = UpperLimit.rootFind(a, 0, sMax / 2, level, 1e-4);
            aObs = r.obs();
            aExp = r.exp()[2];
        } catch (RuntimeException e) {
            // the cross-check is optional: NaN when the asymptotic root finding fails
        }
        return new Result(observed, expected, aObs, aExp, calc.failures());
    }

    /** The s where f(s) falls to {@code level}: bracket by doubling from s = 2, then bisect. */
    private static double bisect(ToDoubleFunction<Double> f, double level, double sMax) {
        double lo = 0;
        double hi = 2;
        while (f.applyAsDouble(hi) > level) {
            lo = hi;
            hi *= 2;
            if (hi > sMax) {
                return Double.NaN;
            }
        }
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = round((lo + hi) / 2);
            if (f.applyAsDouble(mid) > level) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /**
     * Upper bound of s for {@code observed} events: {@link #S_MAX}, or ten times n when that is
     * larger (a background estimate of hundreds of events, e.g. from a sparse continuum sample with
     * large weights, needs limits above 100).
     */
    static double sMax(double observed) {
        return Math.max(S_MAX, 10 * observed);
    }

    /** Rounds to 1e-4 so that obs and exp bisections share cached points when they coincide. */
    private static double round(double s) {
        return Math.round(s * 1e4) / 1e4;
    }

    /**
     * B_UL = s_UL / (2 L σ_ττ ε): each of the L σ_ττ pairs has two τ.
     *
     * @param sUpper upper limit on the signal count
     * @param luminosityFb integrated luminosity, fb^-1
     * @param sigmaTauTauNb σ(e+e− → τ+τ−), nb
     * @param efficiency signal efficiency (including B(φ → K+K−))
     */
    static double branchingLimit(double sUpper, double luminosityFb, double sigmaTauTauNb, double efficiency) {
        return sUpper / (2 * luminosityFb * 1e6 * sigmaTauTauNb * efficiency);
    }
}
