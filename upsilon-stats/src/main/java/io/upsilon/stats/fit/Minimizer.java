package io.upsilon.stats.fit;

import java.util.Arrays;

/**
 * A variable-metric minimiser in the spirit of MIGRAD: BFGS updates of the inverse Hessian, started
 * from the inverse of a finite-difference Hessian of the analytic gradient (so the first step is a
 * Newton step and badly scaled parameters need no tuning). Bounds are handled by an active set
 * (parameters at a bound whose gradient pushes outwards are held) and a projected backtracking line
 * search; fixed parameters never move. Convergence is declared when the estimated distance to the
 * minimum, EDM = g^T H g / 2 over the free parameters, is below {@code tolerance}.
 */
public final class Minimizer {

    /** Below this EDM a minimum that can no longer improve f is accepted as converged. */
    private static final double STALL_EDM = 1e-10;

    private final double tolerance;
    private final int maxIterations;
    private final boolean diagonalMetric;

    /** Minimiser with EDM tolerance {@code tolerance} (in units of the objective) and an iteration cap. */
    public Minimizer(double tolerance, int maxIterations) {
        this(tolerance, maxIterations, false);
    }

    private Minimizer(double tolerance, int maxIterations, boolean diagonalMetric) {
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("tolerance must be > 0 and maxIterations >= 1");
        }
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.diagonalMetric = diagonalMetric;
    }

    /**
     * The same minimiser, but its metric (at the start and at every reset) keeps only the diagonal
     * of the approximate Hessian: a step of the {@link Fitter}'s retry ladder, for when strongly
     * correlated or nearly degenerate parameters make the full Hessian a poor start.
     */
    public Minimizer withDiagonalMetric() {
        return new Minimizer(tolerance, maxIterations, true);
    }

    /** Whether the metric is diagonal ({@link #withDiagonalMetric()}). */
    public boolean diagonalMetric() {
        return diagonalMetric;
    }

    /** Default: EDM below 1e-15 (so that CLs values are exact to ~1e-9), at most 5000 iterations. */
    public Minimizer() {
        this(1e-15, 5000);
    }

    /**
     * Minimises {@code f} from {@code start} within [lower, upper]; parameters with {@code fixed[i]}
     * stay at their start value. Errors and correlations are not computed here (see {@link Hessians}).
     */
    public FitResult minimize(Objective f, double[] start, double[] lower, double[] upper, boolean[] fixed) {
        return minimizeFrom(f, start, lower, upper, fixed, null).result();
    }

    /**
     * A minimisation and the inverse metric it ended with (its estimate of the inverse Hessian at
     * the minimum; rows and columns of fixed parameters are those of the identity).
     *
     * @param result the fit result
     * @param inverseMetric the final inverse metric, or null if the fit stopped before having one
     */
    public record Outcome(FitResult result, double[][] inverseMetric) {}

    /**
     * As {@link #minimize}, starting from the inverse metric {@code inverseMetric} (e.g. the end
     * metric of a related fit, see {@link #withFixed}) instead of inverting the objective's
     * approximate Hessian at the start: this spares the one O(n^3) step of a fit; null computes
     * it as usual. The metric is taken over (not copied) and must be n x n.
     */
    public Outcome minimizeFrom(
            Objective f, double[] start, double[] lower, double[] upper, boolean[] fixed, double[][] inverseMetric) {
        final int n = start.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = fixed[i] ? start[i] : Math.min(upper[i], Math.max(lower[i], start[i]));
        }
        double[] g = new double[n];
        double[] xt = new double[n];
        double[] gt = new double[n];
        double[] d = new double[n];
        double[] s = new double[n];
        double[] y = new double[n];
        double[] hy = new double[n];
        boolean[] active = new boolean[n];
        int[] evals = {0};
        double fx = eval(f, x, g, evals);
        if (!Double.isFinite(fx)) {
            return new Outcome(
                    new FitResult(
                            x,
                            null,
                            null,
                            fx,
                            FitStatus.FAILED,
                            0,
                            evals[0],
                            Double.NaN,
                            "objective not finite at the starting point"),
                    null);
        }
        double[][] h = inverseMetric != null && inverseMetric.length == n
                ? inverseMetric
                : initialInverseHessian(f, x, g, lower, upper, fixed, evals);
        int resets = 0;
        int stalls = 0;
        double edm = Double.NaN;
        String message = "iteration limit reached";
        FitStatus status = FitStatus.FAILED;
        int iter = 0;
        for (; iter < maxIterations; iter++) {
            for (int i = 0; i < n; i++) {
                active[i] = fixed[i] || (x[i] <= lower[i] && g[i] > 0) || (x[i] >= upper[i] && g[i] < 0);
            }
            double gd = direction(h, g, active, d);
            // A parameter at a bound that the quasi-Newton step would push outwards is also held,
            // and the step recomputed (otherwise the projected step can vanish).
            for (int pass = 0; pass < n; pass++) {
                boolean changed = false;
                for (int i = 0; i < n; i++) {
                    if (!active[i] && ((x[i] <= lower[i] && d[i] < 0) || (x[i] >= upper[i] && d[i] > 0))) {
                        active[i] = true;
                        changed = true;
                    }
                }
                if (!changed) {
                    break;
                }
                gd = direction(h, g, active, d);
            }
            if (!(gd < 0)) {
                if (gd == 0) {
                    edm = 0;
                    status = FitStatus.CONVERGED;
                    message = "converged (zero projected gradient)";
                    break;
                }
                h = metricReset(f, x, h, fixed);
                gd = direction(h, g, active, d);
                if (!(gd < 0)) {
                    message = "no descent direction";
                    break;
                }
            }
            edm = -0.5 * gd;
            if (edm < tolerance) {
                status = FitStatus.CONVERGED;
                message = "converged";
                break;
            }
            // Projected backtracking line search (Armijo).
            double t = 1.0;
            double ft = Double.NaN;
            boolean accepted = false;
            int backtracks = 0;
            for (int ls = 0; ls < 60; ls++, backtracks++) {
                double decrease = 0;
                for (int i = 0; i < n; i++) {
                    double v = x[i] + t * d[i];
                    xt[i] = active[i] ? x[i] : Math.min(upper[i], Math.max(lower[i], v));
                    decrease += g[i] * (xt[i] - x[i]);
                }
                ft = eval(f, xt, gt, evals);
                if (Double.isFinite(ft) && ft <= fx + 1e-4 * decrease) {
                    accepted = true;
                    break;
                }
                if (Double.isFinite(ft) && decrease < 0) {
                    // Quadratic interpolation of the step, kept within [0.1, 0.5] of the current step.
                    double q = -decrease / (2 * (ft - fx - decrease));
                    t *= Math.min(0.5, Math.max(0.1, q));
                } else {
                    t *= 0.2;
                }
            }
            if (!accepted) {
                if (resets++ < 3) {
                    h = metricReset(f, x, h, fixed);
                    continue;
                }
                message = "line search failed";
                // A failed search right at the minimum is still a minimum: judge by EDM.
                if (edm < Math.max(1e3 * tolerance, STALL_EDM)) {
                    status = FitStatus.CONVERGED;
                    message = "converged (line search at machine precision)";
                }
                break;
            }
            double sy = 0;
            double sNorm = 0;
            double yNorm = 0;
            for (int i = 0; i < n; i++) {
                s[i] = xt[i] - x[i];
                y[i] = active[i] ? 0 : gt[i] - g[i];
                if (active[i]) {
                    s[i] = 0;
                }
                sy += s[i] * y[i];
                sNorm += s[i] * s[i];
                yNorm += y[i] * y[i];
            }
            double fPrev = fx;
            System.arraycopy(xt, 0, x, 0, n);
            System.arraycopy(gt, 0, g, 0, n);
            fx = ft;
            resets = 0;
            if (backtracks >= 3 && edm > STALL_EDM) {
                // The quasi-Newton metric has drifted from the curvature (typical with a few very
                // tightly constrained parameters): restart from the approximate Hessian here. Not
                // once the EDM is at the rounding level of f: backtracking there is rounding, not
                // drift, and a restart (an O(n^3) inversion) would buy nothing.
                h = metricReset(f, x, h, fixed);
            } else if (sy > 1e-14 * Math.sqrt(sNorm * yNorm)) {
                bfgsUpdate(h, s, y, sy, hy);
            }
            // Near the minimum the decrease drowns in rounding of f: stop when a few consecutive
            // steps gain nothing measurable and the EDM is already small.
            if (fPrev - fx <= 1e-15 * Math.abs(fx) && edm < STALL_EDM) {
                if (++stalls >= 3) {
                    status = FitStatus.CONVERGED;
                    message = "converged (at the rounding limit of the objective)";
                    break;
                }
            } else {
                stalls = 0;
            }
            if (fPrev - fx == 0 && sNorm == 0) {
                message = "no progress";
                if (edm < Math.max(1e3 * tolerance, STALL_EDM)) {
                    status = FitStatus.CONVERGED;
                    message = "converged (no further progress possible)";
                }
                break;
            }
        }
        if (status != FitStatus.FAILED) {
            for (int i = 0; i < n; i++) {
                if (!fixed[i] && (x[i] <= lower[i] || x[i] >= upper[i])) {
                    status = FitStatus.AT_BOUND;
                    break;
                }
            }
        }
        return new Outcome(new FitResult(x, null, null, fx, status, iter, evals[0], edm, message), h);
    }

    /**
     * The inverse metric {@code h} with parameter {@code p} fixed as well: the Schur complement
     * h - h[.][p] h[p][.] / h[p][p], which is exactly the inverse of the Hessian with row and
     * column p removed when h is the inverse Hessian; O(n^2). Null if h[p][p] is not positive.
     */
    public static double[][] withFixed(double[][] h, int p) {
        int n = h.length;
        double hpp = h[p][p];
        if (!(hpp > 0) || !Double.isFinite(hpp)) {
            return null;
        }
        double[][] r = new double[n][n];
        double[] hp = h[p];
        for (int i = 0; i < n; i++) {
            double c = h[i][p] / hpp;
            double[] hi = h[i];
            double[] ri = r[i];
            for (int j = 0; j < n; j++) {
                ri[j] = hi[j] - c * hp[j];
            }
        }
        for (int i = 0; i < n; i++) {
            r[i][p] = 0;
            r[p][i] = 0;
        }
        r[p][p] = 1;
        return r;
    }

    private static double eval(Objective f, double[] x, double[] g, int[] evals) {
        evals[0]++;
        double v = f.valueAndGradient(x, g);
        if (Double.isNaN(v)) {
            return Double.POSITIVE_INFINITY;
        }
        for (double gi : g) {
            if (!Double.isFinite(gi)) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return v;
    }

    private static double direction(double[][] h, double[] g, boolean[] active, double[] d) {
        int n = g.length;
        double gd = 0;
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                d[i] = 0;
                continue;
            }
            double[] hi = h[i];
            double v = 0;
            for (int j = 0; j < n; j++) {
                if (!active[j]) {
                    v -= hi[j] * g[j];
                }
            }
            d[i] = v;
            gd += g[i] * v;
        }
        return gd;
    }

    private static void bfgsUpdate(double[][] h, double[] s, double[] y, double sy, double[] hy) {
        int n = s.length;
        double yhy = 0;
        for (int i = 0; i < n; i++) {
            double v = 0;
            for (int j = 0; j < n; j++) {
                v += h[i][j] * y[j];
            }
            hy[i] = v;
            yhy += y[i] * v;
        }
        double rho = 1.0 / sy;
        double c = (1.0 + rho * yhy) * rho;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += c * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
            }
        }
    }

    /** The inverse approximate Hessian at x if the objective provides one, else the diagonal of h. */
    private double[][] metricReset(Objective f, double[] x, double[][] h, boolean[] fixed) {
        int n = x.length;
        double[][] hess = new double[n][n];
        if (f.approximateHessian(x, hess)) {
            for (int i = 0; i < n; i++) {
                if (!fixed[i] && !(hess[i][i] > 0)) {
                    hess[i][i] = 1.0;
                }
            }
            return invertOrDiagonal(hess, fixed);
        }
        return diagonalReset(h, n);
    }

    private static double[][] diagonalReset(double[][] h, int n) {
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            double v = h[i][i];
            r[i][i] = v > 0 && Double.isFinite(v) ? v : 1.0;
        }
        return r;
    }

    /**
     * Inverse of a forward-difference Hessian of the gradient on the free parameters; falls back to
     * the inverse diagonal (or identity entries) when it is not positive definite.
     */
    private double[][] initialInverseHessian(
            Objective f, double[] x, double[] g, double[] lower, double[] upper, boolean[] fixed, int[] evals) {
        int n = x.length;
        double[][] hess = new double[n][n];
        if (f.approximateHessian(x, hess)) {
            // Unconstrained parameters that touch no rate have no curvature here: give them unit
            // curvature so the metric stays invertible.
            for (int i = 0; i < n; i++) {
                if (!fixed[i] && !(hess[i][i] > 0)) {
                    hess[i][i] = 1.0;
                }
            }
            return invertOrDiagonal(hess, fixed);
        }
        double[] xp = x.clone();
        double[] gp = new double[n];
        for (int j = 0; j < n; j++) {
            if (fixed[j]) {
                continue;
            }
            double step = 1e-5 * Math.max(1.0, Math.abs(x[j]));
            double sgn = x[j] + step <= upper[j] ? 1 : -1;
            xp[j] = x[j] + sgn * step;
            double v = eval(f, xp, gp, evals);
            xp[j] = x[j];
            if (!Double.isFinite(v)) {
                hess[j][j] = Double.NaN;
                continue;
            }
            for (int i = 0; i < n; i++) {
                hess[i][j] = (gp[i] - g[i]) / (sgn * step);
            }
        }
        return invertOrDiagonal(hess, fixed);
    }

    private double[][] invertOrDiagonal(double[][] hess, boolean[] fixed) {
        int n = hess.length;
        if (diagonalMetric) {
            double[][] r = new double[n][n];
            for (int i = 0; i < n; i++) {
                double v = hess[i][i];
                r[i][i] = fixed[i] ? 1 : v > 0 && Double.isFinite(v) ? 1.0 / v : 1.0;
            }
            return r;
        }
        double[][] sym = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sym[i][j] = fixed[i] || fixed[j] ? (i == j ? 1 : 0) : 0.5 * (hess[i][j] + hess[j][i]);
            }
        }
        double[][] inv = Hessians.invertPositiveDefinite(sym);
        if (inv != null) {
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    Arrays.fill(inv[i], 0);
                    for (int k = 0; k < n; k++) {
                        inv[k][i] = 0;
                    }
                    inv[i][i] = 1;
                }
            }
            return inv;
        }
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            double v = sym[i][i];
            r[i][i] = v > 0 && Double.isFinite(v) ? 1.0 / v : 1.0;
        }
        return r;
    }
}
