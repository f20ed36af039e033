package io.upsilon.stats.infer;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ParameterSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The profile likelihood of two parameters of interest on a grid, {@code q(x, y) = -2 ln(L(x, y,
 * theta-hat-hat) / L-max)}, and its contours at confidence levels from the chi2 distribution with
 * two degrees of freedom (Wilks; PDG Review of Particle Physics, section 40.4.2.2: the region {@code
 * q <= -2 ln(1 - CL)}, 2.30 for 68.27% and 5.99 for 95%). Every grid point is an independent fit
 * that starts at the global best fit, so the result does not depend on the number of threads or the
 * order in which points finish.
 */
public final class ProfileContour {

    private ProfileContour() {}

    /** The threshold on q for a two-parameter region at confidence level {@code cl}: -2 ln(1 - cl). */
    public static double deltaQ(double cl) {
        if (!(cl > 0 && cl < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + cl);
        }
        return -2 * Math.log1p(-cl);
    }

    /**
     * A scan.
     *
     * @param xName first parameter
     * @param xIndex its index in the model
     * @param yName second parameter
     * @param yIndex its index in the model
     * @param x grid values of the first parameter
     * @param y grid values of the second parameter
     * @param q {@code q[i][j]} at {@code (x[i], y[j])}; NaN where the fit failed
     * @param best the global best fit
     * @param failed number of grid fits that failed
     */
    public record Result(
            String xName,
            int xIndex,
            String yName,
            int yIndex,
            double[] x,
            double[] y,
            double[][] q,
            FitResult best,
            int failed) {

        /** The model index of {@code xName} or {@code yName}. */
        public int parameterIndex(String name) {
            if (name.equals(xName)) {
                return xIndex;
            }
            if (name.equals(yName)) {
                return yIndex;
            }
            throw new IllegalArgumentException(name + " is not a scanned parameter");
        }

        /** The contour polylines at confidence level {@code cl} (see {@link Contours#lines}). */
        public List<List<double[]>> contour(double cl) {
            return Contours.lines(x, y, q, deltaQ(cl));
        }
    }

    /**
     * Scans {@code q} on the grid {@code xs} x {@code ys} with {@code threads} threads.
     *
     * @throws IllegalArgumentException for unknown or non-scalar parameters or a failed global fit
     */
    public static Result scan(
            Model m, double[] data, String xName, String yName, double[] xs, double[] ys, int threads) {
        int ix = scalar(m, xName);
        int iy = scalar(m, yName);
        if (ix == iy) {
            throw new IllegalArgumentException("the two parameters must differ");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        FitResult best = new Fitter(m).fit(data, m.suggestedInit(), m.suggestedFixed(), true);
        if (!best.status().ok()) {
            throw new IllegalArgumentException("the global fit failed: " + best.message());
        }
        double[][] nll = new double[xs.length][ys.length];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> rows = new ArrayList<>();
            for (int i = 0; i < xs.length; i++) {
                final int row = i;
                rows.add(pool.submit(() -> {
                    Fitter fitter = new Fitter(m);
                    int failed = 0;
                    for (int j = 0; j < ys.length; j++) {
                        double[] init = best.values();
                        boolean[] fixed = m.suggestedFixed();
                        init[ix] = xs[row];
                        init[iy] = ys[j];
                        fixed[ix] = true;
                        fixed[iy] = true;
                        FitResult r = fitter.fit(data, init, fixed, false);
                        if (r.status().ok()) {
                            nll[row][j] = r.nll();
                        } else {
                            nll[row][j] = Double.NaN;
                            failed++;
                        }
                    }
                    return failed;
                }));
            }
            int failed = 0;
            for (Future<Integer> f : rows) {
                failed += f.get();
            }
            // A grid point may end a hair below the global fit (both converge to a tolerance): q
            // is measured from the lowest minimum found.
            double min = best.nll();
            for (double[] row : nll) {
                for (double v : row) {
                    if (v < min) {
                        min = v;
                    }
                }
            }
            double[][] q = new double[xs.length][ys.length];
            for (int i = 0; i < xs.length; i++) {
                for (int j = 0; j < ys.length; j++) {
                    q[i][j] = 2 * (nll[i][j] - min);
                }
            }
            return new Result(xName, ix, yName, iy, xs.clone(), ys.clone(), q, best, failed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static int scalar(Model m, String name) {
        ParameterSet p = m.parameterSet(name);
        if (p == null || p.size() != 1) {
            throw new IllegalArgumentException("\"" + name + "\" is not a scalar parameter of the model");
        }
        return p.offset();
    }
}
