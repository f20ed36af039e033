package io.upsilon.searches.llpscalar;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoublePredicate;
import org.hipparchus.special.Erf;

/**
 * The scan of one final state: mass hypotheses from the lowest to the highest reduced mass in steps
 * of half the resolution, each fitted with {@link PeakFit} on the whole fit range (the background
 * shape fitted once to the data, background only); a CLs limit on the signal count in the window
 * m0 +- {@code windowSigmas} sigma ({@link CountingCls}); the largest local significance and its
 * global significance from background-only pseudo-experiments that repeat the whole scan (the
 * look-elsewhere effect, E. Gross and O. Vitells, EPJC 70 (2010) 525: the trials factor is the ratio
 * of the global to the local p-value).
 */
final class MassScan {
    private MassScan() {}

    /**
     * One mass hypothesis.
     *
     * @param mRed reduced mass, GeV
     * @param mS scalar mass, GeV
     * @param sigma resolution, GeV
     */
    record Hypothesis(double mRed, double mS, double sigma) {}

    /**
     * The outcome at one hypothesis.
     *
     * @param hypothesis the hypothesis
     * @param fit the unbinned fit
     * @param observed events in the window
     * @param background expected background events in the window
     * @param observedLimit CLs upper limit on the number of signal events (all, not only in the window)
     * @param expectedLimits the expected band of that limit (-2 sigma ... +2 sigma)
     */
    record Point(
            Hypothesis hypothesis,
            PeakFit.Result fit,
            int observed,
            double background,
            double observedLimit,
            double[] expectedLimits) {}

    /**
     * A scan.
     *
     * @param points one per hypothesis
     * @param shape the background shape fitted to the data
     * @param maxIndex the hypothesis with the largest local significance
     * @param toyMaxZ the largest local significance of each pseudo-experiment
     * @param fitSeconds CPU-side wall time of the fits of the data scan alone, s
     */
    record Result(List<Point> points, BackgroundShape shape, int maxIndex, double[] toyMaxZ, double fitSeconds) {
        /** The largest local significance. */
        double maxLocalZ() {
            return points.get(maxIndex).fit().localZ();
        }

        /**
         * The global significance, one-sided: 0 when the global p-value is 0.5 or more (no excess, e.g.
         * the largest local Z is 0, so every pseudo-experiment has at least as large a maximum).
         */
        double globalZ() {
            return Math.max(0.0, significance(globalP()));
        }

        /** The global p-value: the fraction of pseudo-experiments with a larger maximum (at least 1/(N+1)). */
        double globalP() {
            int above = 0;
            for (double z : toyMaxZ) {
                if (z >= maxLocalZ()) {
                    above++;
                }
            }
            return (above + 1.0) / (toyMaxZ.length + 1.0);
        }

        /** The local p-value of the largest excess (one-sided). */
        double localP() {
            return pValue(maxLocalZ());
        }
    }

    /**
     * The scan's settings.
     *
     * @param lo lowest reduced mass of the fit range, GeV
     * @param hi highest
     * @param daughterMass m_x, GeV
     * @param windowSigmas half-width of the counting window of the limits, in resolutions
     * @param cl confidence level of the limits
     * @param vetoed the scalar masses (GeV) removed by the selection's M(x x) vetoes: no hypothesis there
     */
    record Settings(
            double lo, double hi, double daughterMass, double windowSigmas, double cl, DoublePredicate vetoed) {}

    /**
     * The hypotheses: from lo + 3 sigma to hi - 3 sigma in steps of sigma/2 (peaks inside the fit range),
     * except in the veto windows.
     */
    static List<Hypothesis> hypotheses(Settings s, Resolution res) {
        List<Hypothesis> out = new ArrayList<>();
        double m = s.lo() + 3 * res.at(s.lo());
        while (m + 3 * res.at(m) <= s.hi()) {
            double sg = res.at(m);
            double mS = Resolution.scalarMass(m, s.daughterMass());
            if (!s.vetoed().test(mS)) {
                out.add(new Hypothesis(m, mS, sg));
            }
            m += 0.5 * sg;
        }
        return out;
    }

    /** The fraction of a Gaussian peak inside +- k sigma. */
    static double windowFraction(double k) {
        return Erf.erf(k / Math.sqrt(2));
    }

    /**
     * Runs the scan on the data: fits, limits, and {@code toys} pseudo-experiments, each drawn with
     * its own stream {@code toy/K} of {@code toyStreams}.
     *
     * @param data reduced masses of the selected events (any order; those outside the range are ignored)
     * @param expectedBackground expected background events in the fit range (from simulation)
     * @param backgroundShape the simulated background's shape (pseudo-experiments are drawn from it)
     */
    static Result run(
            Settings s,
            Resolution res,
            double[] data,
            double expectedBackground,
            BackgroundShape backgroundShape,
            int toys,
            RandomStreams toyStreams) {
        List<Hypothesis> hyp = hypotheses(s, res);
        double[] sorted = inRange(data, s);
        long t0 = System.nanoTime();
        BackgroundShape shape = fitShape(sorted, s);
        PeakFit.Result[] fits = scanFits(sorted, hyp, shape);
        double fitSeconds = (System.nanoTime() - t0) * 1e-9;
        double fraction = windowFraction(s.windowSigmas());
        List<Point> points = new ArrayList<>();
        int best = 0;
        for (int i = 0; i < hyp.size(); i++) {
            Hypothesis h = hyp.get(i);
            double wlo = h.mRed() - s.windowSigmas() * h.sigma();
            double whi = h.mRed() + s.windowSigmas() * h.sigma();
            int n = PeakFit.lowerBound(sorted, whi) - PeakFit.lowerBound(sorted, wlo);
            double b = expectedBackground * backgroundShape.probability(wlo, whi);
            double obs = CountingCls.upperLimit(n, b, s.cl()) / fraction;
            double[] exp = CountingCls.expectedBand(b, s.cl());
            for (int k = 0; k < exp.length; k++) {
                exp[k] /= fraction;
            }
            points.add(new Point(h, fits[i], n, b, obs, exp));
            if (fits[i].localZ() > fits[best].localZ()) {
                best = i;
            }
        }
        double[] toyMax = new double[toys];
        for (int k = 0; k < toys; k++) {
            RandomStream rng = toyStreams.child("toy", k).stream("data");
            double[] toy = sample(backgroundShape, expectedBackground, rng);
            Arrays.sort(toy);
            PeakFit.Result[] tf = scanFits(toy, hyp, fitShape(toy, s));
            double max = Double.NEGATIVE_INFINITY;
            for (PeakFit.Result r : tf) {
                max = Math.max(max, r.localZ());
            }
            toyMax[k] = max;
        }
        return new Result(points, shape, best, toyMax, fitSeconds);
    }

    /** The fits of every hypothesis to sorted data with a fixed background shape. */
    static PeakFit.Result[] scanFits(double[] sorted, List<Hypothesis> hyp, BackgroundShape shape) {
        PeakFit.Result[] out = new PeakFit.Result[hyp.size()];
        for (int i = 0; i < out.length; i++) {
            Hypothesis h = hyp.get(i);
            out[i] = PeakFit.fit(sorted, h.mRed(), h.sigma(), shape);
        }
        return out;
    }

    /** The background-only shape fit of the data (unit weights). */
    static BackgroundShape fitShape(double[] sorted, Settings s) {
        double[] w = new double[sorted.length];
        Arrays.fill(w, 1.0);
        return BackgroundShape.fit(sorted, w, s.lo(), s.hi());
    }

    /** A pseudo-dataset: a Poisson number of events of mean {@code expected} drawn from the shape. */
    static double[] sample(BackgroundShape shape, double expected, RandomStream rng) {
        int n = rng.nextPoisson(expected);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = shape.sample(rng);
        }
        return x;
    }

    /** The sorted values inside the fit range. */
    static double[] inRange(double[] data, Settings s) {
        return Arrays.stream(data)
                .filter(x -> x >= s.lo() && x <= s.hi())
                .sorted()
                .toArray();
    }

    /** One-sided p-value of a significance Z. */
    static double pValue(double z) {
        return 0.5 * Erf.erfc(z / Math.sqrt(2));
    }

    /** The significance of a one-sided p-value. */
    static double significance(double p) {
        return Math.sqrt(2) * Erf.erfcInv(2 * p);
    }
}
