package io.upsilon.stats.report;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.infer.ParallelTasks;
import io.upsilon.stats.model.Model;
import java.util.List;

/**
 * Profile-likelihood scans on a grid: at every grid point the scanned parameters are fixed, the
 * others refitted (starting from the best fit), and {@code -2 Delta ln L = 2 (NLL - NLL_min)} is
 * recorded. One parameter gives a curve (its crossings of 1 are the 68% CL interval), two give a
 * map. The points are independent fits run in parallel ({@link ParallelTasks}): the same numbers for
 * any thread count. This class only evaluates grids; contours drawn from them are the plot's job.
 */
public final class LikelihoodScan {

    /**
     * One scanned point.
     *
     * @param values the scanned parameters' values
     * @param twiceDeltaNll 2 (NLL - NLL_min), NaN if the fit failed
     * @param fit the conditional fit
     */
    public record Point(double[] values, double twiceDeltaNll, FitResult fit) {
        /** Copies. */
        public Point {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** Whether the conditional fit converged. */
        public boolean ok() {
            return fit.status().ok();
        }
    }

    /**
     * A scan.
     *
     * @param parameters the scanned element names
     * @param indices their indices
     * @param best the best-fit values of the scanned parameters
     * @param points grid points, the last parameter varying fastest
     */
    public record Scan(List<String> parameters, List<Integer> indices, double[] best, List<Point> points) {
        /** Copies. */
        public Scan {
            parameters = List.copyOf(parameters);
            indices = List.copyOf(indices);
            best = best.clone();
            points = List.copyOf(points);
        }

        @Override
        public double[] best() {
            return best.clone();
        }
    }

    private LikelihoodScan() {}

    /** {@code n} equally spaced values from {@code lo} to {@code hi} inclusive. */
    public static double[] grid(double lo, double hi, int n) {
        if (n < 2 || !(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException(
                    "a grid needs finite lo < hi and n >= 2, got " + lo + ", " + hi + ", " + n);
        }
        double[] g = new double[n];
        for (int k = 0; k < n; k++) {
            g[k] = lo + (hi - lo) * k / (n - 1);
        }
        return g;
    }

    /**
     * The default range of a parameter's scan: best fit +- 3 post-fit errors, clipped to its bounds.
     */
    public static double[] defaultRange(Model model, FitResult best, int i) {
        double e = best.errors() == null ? Double.NaN : best.errors()[i];
        double w = Double.isFinite(e) && e > 0 ? 3 * e : 1.0;
        double lo = Math.max(model.lowerBounds()[i], best.value(i) - w);
        double hi = Math.min(model.upperBounds()[i], best.value(i) + w);
        return new double[] {lo, hi};
    }

    /** A 1D scan of element {@code i} over {@code values}. */
    public static Scan scan1d(Model model, double[] data, FitResult best, int i, double[] values, int threads) {
        return scan(model, data, best, new int[] {i}, new double[][] {values}, threads);
    }

    /** A 2D scan of elements {@code i} (x) and {@code j} (y) over the grid xs x ys (y fastest). */
    public static Scan scan2d(
            Model model, double[] data, FitResult best, int i, int j, double[] xs, double[] ys, int threads) {
        if (i == j) {
            throw new IllegalArgumentException("a 2D scan needs two different parameters");
        }
        return scan(model, data, best, new int[] {i, j}, new double[][] {xs, ys}, threads);
    }

    private static Scan scan(Model model, double[] data, FitResult best, int[] idx, double[][] axes, int threads) {
        boolean[] fixed = model.suggestedFixed();
        String[] names = model.parameterNames();
        double[] lo = model.lowerBounds();
        double[] hi = model.upperBounds();
        for (int d = 0; d < idx.length; d++) {
            if (fixed[idx[d]]) {
                throw new IllegalArgumentException("parameter " + names[idx[d]] + " is fixed: nothing to scan");
            }
            for (double v : axes[d]) {
                if (!(v >= lo[idx[d]] && v <= hi[idx[d]])) {
                    throw new IllegalArgumentException("scan value " + v + " of " + names[idx[d]]
                            + " is outside its bounds [" + lo[idx[d]] + ", " + hi[idx[d]] + "]");
                }
            }
        }
        int n = 1;
        for (double[] a : axes) {
            n *= a.length;
        }
        double minNll = best.nll();
        double[] start = best.values();
        List<Point> points = ParallelTasks.map("likelihood-scan", n, threads, k -> {
            double[] v = new double[idx.length];
            double[] init = start.clone();
            boolean[] f = fixed.clone();
            int rest = k;
            for (int d = idx.length - 1; d >= 0; d--) {
                v[d] = axes[d][rest % axes[d].length];
                rest /= axes[d].length;
                init[idx[d]] = v[d];
                f[idx[d]] = true;
            }
            FitResult r = new Fitter(model).fit(data, init, f, false);
            double t = r.status().ok() ? 2 * (r.nll() - minNll) : Double.NaN;
            return new Point(v, t, r);
        });
        List<String> parNames = new java.util.ArrayList<>();
        List<Integer> parIdx = new java.util.ArrayList<>();
        double[] b = new double[idx.length];
        for (int d = 0; d < idx.length; d++) {
            parNames.add(names[idx[d]]);
            parIdx.add(idx[d]);
            b[d] = start[idx[d]];
        }
        return new Scan(parNames, parIdx, b, points);
    }
}
