package io.upsilon.stats.fit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * A derivative-free simplex search (Nelder and Mead, Comput. J. 7 (1965) 308, with the standard
 * coefficients: reflection 1, expansion 2, contraction and shrink 1/2) inside a box: every vertex
 * is clipped into the bounds. The simplex fallback of the {@link Fitter}'s retry ladder: it needs
 * neither a gradient nor a metric, so it gets out of places where a quasi-Newton step has none to
 * offer (a non-finite gradient, a metric that keeps failing); the result is then polished by
 * BFGS. Not used for ordinary fits: it needs O(n^2) evaluations where BFGS needs O(n).
 */
final class NelderMead {

    private NelderMead() {}

    /**
     * The result of a search.
     *
     * @param x the best vertex
     * @param f its value
     * @param evaluations objective evaluations used
     * @param converged whether the simplex shrank below the tolerance before the evaluation cap
     */
    record Result(double[] x, double f, int evaluations, boolean converged) {}

    /**
     * Minimises {@code f} over the box [lower, upper] from {@code start}, the initial simplex
     * spanning {@code step[i]} along each coordinate (towards the inside of the box), until the
     * spread of the vertex values is below {@code ftol * (1 + |f_best|)} or {@code maxEvaluations}.
     */
    static Result minimize(
            ToDoubleFunction<double[]> f,
            double[] start,
            double[] step,
            double[] lower,
            double[] upper,
            double ftol,
            int maxEvaluations) {
        int n = start.length;
        double[][] v = new double[n + 1][];
        double[] fv = new double[n + 1];
        int[] evals = {0};
        ToDoubleFunction<double[]> g = x -> {
            evals[0]++;
            double y = f.applyAsDouble(x);
            return Double.isNaN(y) ? Double.POSITIVE_INFINITY : y;
        };
        v[0] = clip(start, lower, upper);
        for (int i = 0; i < n; i++) {
            double[] x = v[0].clone();
            x[i] = x[i] + step[i] <= upper[i] ? x[i] + step[i] : x[i] - step[i];
            v[i + 1] = clip(x, lower, upper);
        }
        for (int i = 0; i <= n; i++) {
            fv[i] = g.applyAsDouble(v[i]);
        }
        Integer[] order = new Integer[n + 1];
        boolean converged = false;
        while (evals[0] < maxEvaluations) {
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> fv[i]));
            int best = order[0];
            int worst = order[n];
            int second = order[n - 1];
            if (Double.isFinite(fv[worst]) && fv[worst] - fv[best] <= ftol * (1 + Math.abs(fv[best]))) {
                converged = true;
                break;
            }
            double[] c = new double[n];
            for (int i = 0; i <= n; i++) {
                if (i != worst) {
                    for (int k = 0; k < n; k++) {
                        c[k] += v[i][k] / n;
                    }
                }
            }
            double[] xr = clip(affine(c, v[worst], -1.0), lower, upper);
            double fr = g.applyAsDouble(xr);
            if (fr < fv[best]) {
                double[] xe = clip(affine(c, v[worst], -2.0), lower, upper);
                double fe = g.applyAsDouble(xe);
                replace(v, fv, worst, fe < fr ? xe : xr, Math.min(fe, fr));
            } else if (fr < fv[second]) {
                replace(v, fv, worst, xr, fr);
            } else {
                // Contraction: outside if the reflection helped at all, else inside.
                double[] xc = fr < fv[worst]
                        ? clip(affine(c, v[worst], -0.5), lower, upper)
                        : clip(affine(c, v[worst], 0.5), lower, upper);
                double fc = g.applyAsDouble(xc);
                if (fc < Math.min(fr, fv[worst])) {
                    replace(v, fv, worst, xc, fc);
                } else {
                    for (int i = 0; i <= n; i++) {
                        if (i != best) {
                            v[i] = clip(affine(v[best], v[i], 0.5), lower, upper);
                            fv[i] = g.applyAsDouble(v[i]);
                        }
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= n; i++) {
            if (fv[i] < fv[best]) {
                best = i;
            }
        }
        return new Result(v[best].clone(), fv[best], evals[0], converged);
    }

    /** c + t (x - c): t = -1 reflects x through c, -2 expands, +-1/2 contracts. */
    private static double[] affine(double[] c, double[] x, double t) {
        double[] r = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            r[k] = c[k] + t * (x[k] - c[k]);
        }
        return r;
    }

    private static void replace(double[][] v, double[] fv, int i, double[] x, double fx) {
        v[i] = x;
        fv[i] = fx;
    }

    private static double[] clip(double[] x, double[] lower, double[] upper) {
        double[] r = x.clone();
        for (int k = 0; k < r.length; k++) {
            r[k] = Math.min(upper[k], Math.max(lower[k], r[k]));
        }
        return r;
    }
}
