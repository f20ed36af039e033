package io.upsilon.stats.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;

/** Upper limits on the POI: CLs = level by a linear scan (as pyhf's upper_limit with a scan) or by root finding. */
public final class UpperLimit {

    private UpperLimit() {}

    /**
     * One scanned point.
     *
     * @param poi POI value
     * @param clsObs observed CLs
     * @param clsExp expected CLs band
     */
    public record ScanPoint(double poi, double clsObs, double[] clsExp) {
        /** Copies. */
        public ScanPoint {
            clsExp = clsExp.clone();
        }

        @Override
        public double[] clsExp() {
            return clsExp.clone();
        }
    }

    /**
     * An upper limit.
     *
     * @param obs observed limit
     * @param exp expected limits (-2..+2 sigma)
     * @param points every evaluated point, in evaluation order
     * @param notes what the root finding had to do beyond the plain bracket (re-evaluations of
     *     failed points, re-bracketing), empty when nothing
     */
    public record Result(double obs, double[] exp, List<ScanPoint> points, List<String> notes) {
        /** Copies. */
        public Result {
            exp = exp.clone();
            points = List.copyOf(points);
            notes = List.copyOf(notes);
        }

        /** A result without notes. */
        public Result(double obs, double[] exp, List<ScanPoint> points) {
            this(obs, exp, points, List.of());
        }

        @Override
        public double[] exp() {
            return exp.clone();
        }
    }

    /** {@code n} evenly spaced values from {@code lo} to {@code hi} inclusive (numpy.linspace). */
    public static double[] linspace(double lo, double hi, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = n == 1 ? lo : lo + (hi - lo) * i / (n - 1);
        }
        return v;
    }

    /**
     * Linear scan: a hypotest at every point, then the POI where each CLs curve crosses {@code level}
     * by linear interpolation, as numpy.interp(level, cls[::-1], scan[::-1]) does in pyhf.
     */
    public static Result scan(HypothesisTest calc, double[] scan, double level) {
        List<ScanPoint> pts = new ArrayList<>();
        for (double mu : scan) {
            HypotestResult r = calc.hypotest(mu);
            pts.add(new ScanPoint(mu, r.clsObs(), r.clsExp()));
        }
        int n = scan.length;
        double[] rs = new double[n];
        for (int i = 0; i < n; i++) {
            rs[i] = scan[n - 1 - i];
        }
        double[] curve = new double[n];
        for (int i = 0; i < n; i++) {
            curve[i] = pts.get(n - 1 - i).clsObs();
        }
        double obs = interp(level, curve, rs);
        double[] exp = new double[5];
        for (int k = 0; k < 5; k++) {
            for (int i = 0; i < n; i++) {
                curve[i] = pts.get(n - 1 - i).clsExp()[k];
            }
            exp[k] = interp(level, curve, rs);
        }
        return new Result(obs, exp, pts);
    }

    /** numpy.interp semantics: xp ascending; clamps outside the range. */
    static double interp(double x, double[] xp, double[] fp) {
        int n = xp.length;
        if (x <= xp[0]) {
            return fp[0];
        }
        if (x >= xp[n - 1]) {
            return fp[n - 1];
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (xp[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        if (xp[hi] == xp[lo]) {
            return fp[lo];
        }
        return fp[lo] + (x - xp[lo]) * (fp[hi] - fp[lo]) / (xp[hi] - xp[lo]);
    }

    /**
     * Root finding: for the observed and each expected curve, brackets CLs = level starting from
     * [lo, hi] (doubling hi while CLs is still above level, up to 1e6, halving lo while it is
     * below) and solves with Brent's method to relative tolerance {@code rtol}. Hypotests are
     * cached by POI value across the six curves, and each curve starts from the tightest bracket
     * among the points already evaluated.
     *
     * <p>It re-brackets by itself: a point whose CLs is not finite (a fit failed) is re-evaluated
     * at POI values 0.1% and then 1% away on either side; a curve that still has no bracket (CLs
     * not monotonic, or failed points at the ends) is scanned at 24 geometrically spaced points
     * between {@code lo} and the largest POI tried for its first crossing. What was needed is listed
     * in {@link Result#notes()}; a curve with no crossing at all gives NaN.
     */
    public static Result rootFind(HypothesisTest calc, double lo, double hi, double level, double rtol) {
        TreeMap<Double, HypotestResult> cache = new TreeMap<>();
        List<ScanPoint> pts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        DoubleFunction<HypotestResult> eval = mu -> cache.computeIfAbsent(mu, m -> {
            HypotestResult r = calc.hypotest(m);
            pts.add(new ScanPoint(m, r.clsObs(), r.clsExp()));
            return r;
        });
        double[] limits = new double[6];
        for (int c = 0; c < 6; c++) {
            final int curve = c;
            final String curveName = curve == 0 ? "observed" : "expected " + (3 - curve) + " sigma";
            DoubleFunction<Double> raw = mu -> {
                HypotestResult r = eval.apply(mu);
                return (curve == 0 ? r.clsObs() : r.clsExp()[curve - 1]) - level;
            };
            DoubleFunction<Double> g = mu -> {
                double v = raw.apply(mu);
                if (Double.isFinite(v)) {
                    return v;
                }
                double scale = Math.max(Math.abs(mu), 1e-3);
                for (double f : new double[] {1e-3, -1e-3, 1e-2, -1e-2}) {
                    double m2 = mu + f * scale;
                    double v2 = raw.apply(m2);
                    if (Double.isFinite(v2)) {
                        String note = "CLs (" + curveName + ") not finite at " + mu + ": used " + m2;
                        if (!notes.contains(note)) {
                            notes.add(note);
                        }
                        return v2;
                    }
                }
                return v;
            };
            // The tightest bracket among points already evaluated for earlier curves (the six
            // curves cross the level close to each other), else expand from [lo, hi].
            double a = Double.NaN;
            double b = Double.NaN;
            Double prev = null;
            for (var e : cache.entrySet()) {
                double v = (curve == 0 ? e.getValue().clsObs() : e.getValue().clsExp()[curve - 1]) - level;
                if (prev != null && v <= 0 && g.apply(prev) > 0) {
                    a = prev;
                    b = e.getKey();
                    break;
                }
                prev = e.getKey();
            }
            if (Double.isNaN(a)) {
                a = lo;
                b = hi;
                while (g.apply(b) > 0 && b < 1e6) {
                    a = b;
                    b *= 2;
                }
                while (g.apply(a) < 0 && a > 1e-12) {
                    b = a;
                    a /= 2;
                }
            }
            double fa = g.apply(a);
            double fb = g.apply(b);
            if (!(fa * fb <= 0)) {
                double[] bracket = scanForCrossing(g, Math.min(lo, cache.firstKey()), cache.lastKey(), hi);
                if (bracket == null) {
                    notes.add("no crossing of CLs = " + level + " (" + curveName + ") between " + cache.firstKey()
                            + " and " + cache.lastKey());
                    limits[c] = Double.NaN;
                    continue;
                }
                notes.add(
                        "re-bracketed the " + curveName + " curve by a scan: [" + bracket[0] + ", " + bracket[1] + "]");
                a = bracket[0];
                b = bracket[1];
            }
            BrentSolver solver = new BrentSolver(rtol * 0.1, Math.max(1e-14, rtol * 0.1 * Math.abs(b)), 1e-15);
            try {
                limits[c] = solver.solve(200, x -> g.apply(x), a, b);
            } catch (MathIllegalArgumentException | MathIllegalStateException e) {
                notes.add("Brent's method failed on the " + curveName + " curve: " + e.getMessage());
                limits[c] = Double.NaN;
            }
        }
        double[] exp = new double[5];
        System.arraycopy(limits, 1, exp, 0, 5);
        return new Result(limits[0], exp, pts, notes);
    }

    /**
     * The first sign change from + to - of g at {@code from} and 24 points spaced geometrically up
     * to {@code to}, starting at {@code from} (or at {@code scale} / 1000 when {@code from} is not
     * positive).
     */
    private static double[] scanForCrossing(DoubleFunction<Double> g, double from, double to, double scale) {
        if (!(to > from)) {
            return null;
        }
        int n = 24;
        double start = from > 0 ? from : Math.min(to, Math.abs(scale)) * 1e-3;
        if (!(start > 0)) {
            return null;
        }
        double prevX = from;
        double prevV = g.apply(from);
        for (int i = 1; i <= n; i++) {
            double x = start * Math.pow(to / start, (double) i / n);
            double v = g.apply(x);
            if (prevV > 0 && v <= 0) {
                return new double[] {prevX, x};
            }
            if (Double.isFinite(v)) {
                prevX = x;
                prevV = v;
            }
        }
        return null;
    }
}
