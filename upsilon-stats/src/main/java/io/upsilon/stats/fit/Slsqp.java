package io.upsilon.stats.fit;

import java.util.Arrays;

/**
 * Sequential least-squares quadratic programming for bound-constrained minimisation, written to
 * follow scipy's {@code minimize(method='SLSQP')} as pyhf calls it, so that fits stop where pyhf's
 * stop (pyhf's asserted numbers carry SLSQP's convergence error at its default tolerance).
 *
 * <p>Facts this implementation relies on (read as a specification; no code was copied):
 *
 * <ul>
 *   <li>pyhf b3dc4bb, {@code src/pyhf/infer/mle.py}: the objective is {@code twice_nll = -2
 *       logpdf}; init, bounds and fixed flags default to the model's suggested ones; each fixed
 *       parameter becomes a pair (index, init value).
 *   <li>{@code src/pyhf/optimize/mixins.py}, {@code common.py}: {@code do_stitch} defaults to
 *       False, so fixed parameters stay in the vector; {@code do_grad} defaults to the backend's
 *       {@code default_do_grad}, False for numpy ({@code tensor/numpy_backend.py}), so no gradient is
 *       passed ({@code opt_numpy.py} returns the objective only). {@code maxiter} defaults to 100000.
 *       The result must have {@code success} (exit mode 0), else {@code FailedMinimization}.
 *   <li>{@code src/pyhf/optimize/opt_scipy.py}: {@code scipy.optimize.minimize(func, x0,
 *       method='SLSQP', jac=False, bounds=bounds, constraints=[{'type': 'eq', 'fun': v[idx] -
 *       values}], tol=None, options={maxiter})}; x0 of fixed parameters set to their value. With
 *       tol None, scipy's {@code ftol} default 1e-6 is the accuracy {@code acc}.
 *   <li>pyhf {@code pyproject.toml}: scipy >= 1.5.4 except 1.16.0-1.16.2, i.e. the C translation of
 *       SLSQP ({@code scipy/optimize/src/slsqp.c}, read at scipy 3dbf660) or the older Fortran, same
 *       algorithm. Checked by running pyhf b3dc4bb from source with scipy 1.17.1: on
 *       val_1bin_normsys and sbottom regionB every fit takes the same number of iterations and
 *       function evaluations here as in pyhf.
 *   <li>scipy {@code optimize/_slsqp_py.py}: x0 is clipped to the bounds; infinite bounds become
 *       NaN (no constraint); the gradient is scipy's 2-point finite difference with absolute step
 *       {@code eps = 1.4901161193847656e-08} ({@code _numdiff.approx_derivative}: forward step h,
 *       reversed to -h where x + h leaves the bounds, derivative (f(x + h e_i) - f(x)) / ((x + h) -
 *       x)); the last evaluated x and f are returned.
 *   <li>scipy {@code optimize/src/slsqp.c} (Kraft 1988, DFVLR-FB 88-28), main loop: B = L D L^T
 *       starts as the identity and is reset to it when the merit directional derivative is not
 *       negative (at most 5 resets, then a relaxed test with tol = 10 acc: |f - f0| < tol or |s| <
 *       tol); each iteration solves the QP min 1/2 s^T B s + g^T s with xl - x <= s <= xu - x
 *       ({@code lsq}: E = D^{1/2} L^T, f = -D^{-1/2} L^{-1} g, LSEI -> LSI -> LDP -> NNLS, the step
 *       clipped to the bounds); converged if |g^T s| (plus multiplier terms) < acc; inexact line
 *       search on the L1 merit function: alpha = 1, accept when phi(alpha) - phi(0) <= h3 / 10
 *       with h3 the (scaled) directional derivative, or after 10 trials, else alpha = max(h3 / (2
 *       (h3 - h1)), 0.1) applied to the current step; after the step converged if (|f - f0| < acc
 *       or |s| < acc) and the constraint violation < acc and f is finite (mode 0), else a new
 *       gradient and a Powell-damped BFGS update: y = g - g0, Bs, if s.y < 0.2 s.Bs then y = h4 y +
 *       (1 - h4) Bs with h4 = 0.8 s.Bs / (s.Bs - s.y); reset if s.y or s.Bs is 0; the factors are
 *       updated by the composite rank-one method of Fletcher and Powell (1974), + y y^T / s.y then
 *       - Bs (Bs)^T / s.Bs. Iteration limit: exit mode 9.
 * </ul>
 *
 * <p>Fixed parameters: pyhf passes them as equality constraints v[i] - value = 0 starting from
 * the value itself. Their linearisation fixes s_i = 0, and since the constraint is linear its
 * multiplier enters neither the BFGS update nor (with zero violation) the merit function, and the
 * free block of B evolves independently of the fixed rows. Optimising over the free parameters only
 * (as {@link Fitter} does) is therefore the same iteration; only the bound constraints remain, so
 * this class implements SLSQP with bounds and no general constraints.
 */
public final class Slsqp {

    /** scipy's finite-difference step for SLSQP, sqrt of the double-precision machine epsilon. */
    public static final double EPSILON = 1.4901161193847656e-08;

    /** The function to minimise. */
    @FunctionalInterface
    public interface Function {
        /** f(x). */
        double value(double[] x);
    }

    /** An optional analytic gradient. */
    @FunctionalInterface
    public interface Gradient {
        /** Writes the gradient at x (where f(x) = fx) to g. */
        void gradient(double[] x, double fx, double[] g);
    }

    /**
     * Outcome.
     *
     * @param x last iterate
     * @param f f(x)
     * @param iterations major iterations
     * @param evaluations function evaluations (including finite differences)
     * @param exitMode scipy's exit mode (0 success, 4 inconsistent subproblem, 8 positive
     *     directional derivative in the line search, 9 iteration limit)
     * @param message scipy's message for the exit mode
     */
    public record Result(double[] x, double f, int iterations, int evaluations, int exitMode, String message) {
        /** Whether scipy would report success. */
        public boolean success() {
            return exitMode == 0;
        }
    }

    private final double acc;
    private final int maxIterations;

    /** SLSQP with accuracy {@code ftol} and an iteration limit. */
    public Slsqp(double ftol, int maxIterations) {
        if (!(ftol > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("ftol must be > 0 and maxIterations >= 1");
        }
        this.acc = ftol;
        this.maxIterations = maxIterations;
    }

    /** pyhf's settings: scipy's default ftol 1e-6 and pyhf's maxiter 100000. */
    public static Slsqp pyhfDefaults() {
        return new Slsqp(1e-6, 100000);
    }

    /**
     * Minimises f from x0 within [lower, upper] (NaN or infinite: no bound); with {@code gradient}
     * null the gradient is scipy's forward difference.
     */
    public Result minimize(Function f, Gradient gradient, double[] x0, double[] lower, double[] upper) {
        final int n = x0.length;
        double[] xl = new double[n];
        double[] xu = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            xl[i] = Double.isFinite(lower[i]) ? lower[i] : Double.NaN;
            xu[i] = Double.isFinite(upper[i]) ? upper[i] : Double.NaN;
            x[i] = x0[i];
            if (x[i] < xl[i]) {
                x[i] = xl[i];
            }
            if (x[i] > xu[i]) {
                x[i] = xu[i];
            }
        }
        int[] evals = {0};
        Gradient grad = gradient != null ? gradient : (xx, fx, g) -> forwardDifference(f, xx, fx, xl, xu, g, evals);
        double fx = f.value(x);
        evals[0]++;
        double[] g = new double[n];
        if (n == 0) {
            return new Result(x, fx, 0, evals[0], 0, "Optimization terminated successfully");
        }
        grad.gradient(x, fx, g);

        double[][] l = new double[n][n];
        double[] d = new double[n];
        double[] s = new double[n];
        double[] xOld = new double[n];
        double[] gOld = new double[n];
        double[] u = new double[n];
        double[] v = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        double tol = 10 * acc;
        double f0 = fx;
        int iter = 0;
        int resets = 0;
        boolean reset = true;
        while (true) {
            if (reset) {
                reset = false;
                resets++;
                if (resets > 5) {
                    // Relaxed convergence test after repeated non-descent directions.
                    boolean ok = (Math.abs(fx - f0) < tol || norm(s) < tol) && fx == fx;
                    return result(x, fx, iter, evals, ok ? 0 : 8);
                }
                for (int i = 0; i < n; i++) {
                    Arrays.fill(l[i], 0);
                    l[i][i] = 1;
                    d[i] = 1;
                }
            }
            if (iter >= maxIterations) {
                return result(x, fx, iter, evals, 9);
            }
            iter++;
            for (int i = 0; i < n; i++) {
                lo[i] = xl[i] - x[i];
                hi[i] = xu[i] - x[i];
            }
            if (!boundedQp(l, d, g, lo, hi, s)) {
                return result(x, fx, iter, evals, 4);
            }
            f0 = fx;
            System.arraycopy(x, 0, xOld, 0, n);
            System.arraycopy(g, 0, gOld, 0, n);
            double gs = dot(g, s);
            if (Math.abs(gs) < acc && fx == fx) {
                return result(x, fx, iter, evals, 0);
            }
            double h3 = gs;
            if (h3 >= 0) {
                reset = true;
                continue;
            }
            // Inexact line search on the merit function (no general constraints: phi = f).
            double alpha = 1;
            int line = 0;
            while (true) {
                line++;
                h3 *= alpha;
                for (int i = 0; i < n; i++) {
                    s[i] *= alpha;
                    x[i] = xOld[i] + s[i];
                }
                fx = f.value(x);
                evals[0]++;
                double h1 = fx - f0;
                if (h1 <= h3 / 10 || line > 10) {
                    break;
                }
                double a = h3 / (2 * (h3 - h1));
                alpha = a >= 0.1 ? a : 0.1; // C fmax: NaN gives 0.1
            }
            if ((Math.abs(fx - f0) < acc || norm(s) < acc) && fx == fx) {
                return result(x, fx, iter, evals, 0);
            }
            grad.gradient(x, fx, g);
            // Powell-damped BFGS update of L D L^T.
            for (int i = 0; i < n; i++) {
                u[i] = g[i] - gOld[i];
            }
            multiplyB(l, d, s, v);
            double h1 = dot(s, u);
            double h2 = dot(s, v);
            double h3b = 0.2 * h2;
            if (h1 < h3b) {
                double h4 = (h2 - h3b) / (h2 - h1);
                h1 = h3b;
                for (int i = 0; i < n; i++) {
                    u[i] = h4 * u[i] + (1 - h4) * v[i];
                }
            }
            if (h1 == 0 || h2 == 0) {
                reset = true;
                continue;
            }
            rankOneUpdate(l, d, u, 1 / h1);
            rankOneUpdate(l, d, v, -1 / h2);
        }
    }

    private static Result result(double[] x, double fx, int iter, int[] evals, int mode) {
        String msg = switch (mode) {
            case 0 -> "Optimization terminated successfully";
            case 4 -> "Inequality constraints incompatible";
            case 8 -> "Positive directional derivative for linesearch";
            case 9 -> "Iteration limit reached";
            default -> "exit mode " + mode;
        };
        return new Result(x.clone(), fx, iter, evals[0], mode, msg);
    }

    /** scipy's 2-point difference with absolute step {@link #EPSILON}, adjusted to the bounds. */
    static void forwardDifference(
            Function f, double[] x, double fx, double[] xl, double[] xu, double[] g, int[] evals) {
        double[] xp = x.clone();
        for (int i = 0; i < x.length; i++) {
            double h = EPSILON;
            if ((x[i] + h) - x[i] == 0) {
                h = EPSILON * (x[i] >= 0 ? 1 : -1) * Math.max(1, Math.abs(x[i]));
            }
            double lb = Double.isNaN(xl[i]) ? Double.NEGATIVE_INFINITY : xl[i];
            double ub = Double.isNaN(xu[i]) ? Double.POSITIVE_INFINITY : xu[i];
            if (lb != Double.NEGATIVE_INFINITY || ub != Double.POSITIVE_INFINITY) {
                double lowerDist = x[i] - lb;
                double upperDist = ub - x[i];
                double t = x[i] + h;
                boolean violated = t < lb || t > ub;
                boolean fitting = Math.abs(h) <= Math.max(lowerDist, upperDist);
                if (violated && fitting) {
                    h = -h;
                } else if (!fitting) {
                    h = upperDist >= lowerDist ? upperDist : -lowerDist;
                }
            }
            xp[i] = x[i] + h;
            double dx = xp[i] - x[i];
            double fp = f.value(xp);
            evals[0]++;
            g[i] = (fp - fx) / dx;
            xp[i] = x[i];
        }
    }

    /** v = L D L^T s. */
    private static void multiplyB(double[][] l, double[] d, double[] s, double[] v) {
        int n = s.length;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = s[i];
            for (int j = i + 1; j < n; j++) {
                sum += l[j][i] * s[j];
            }
            t[i] = d[i] * sum;
        }
        for (int i = 0; i < n; i++) {
            double sum = t[i];
            for (int j = 0; j < i; j++) {
                sum += l[i][j] * t[j];
            }
            v[i] = sum;
        }
    }

    /**
     * L D L^T + sigma z z^T by the composite t-method of Fletcher and Powell ("On the modification
     * of LDL^T factorizations", Math. Comp. 28 (1974)); for sigma < 0 the t-values are computed
     * first and kept positive (t = eps / sigma if the update would lose definiteness).
     */
    static void rankOneUpdate(double[][] l, double[] d, double[] zIn, double sigma) {
        int n = d.length;
        if (sigma == 0) {
            return;
        }
        double[] z = zIn.clone();
        double t = 1 / sigma;
        double[] tNext = null;
        if (sigma < 0) {
            // Solve L p = z, then t_{i} backwards: t_n = 1/sigma + sum p_j^2 / d_j.
            double[] p = z.clone();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    p[i] -= l[i][j] * p[j];
                }
            }
            for (int i = 0; i < n; i++) {
                t += p[i] * p[i] / d[i];
            }
            if (t >= 0) {
                t = Math.ulp(1.0) / sigma;
            }
            tNext = new double[n];
            for (int i = n - 1; i >= 0; i--) {
                tNext[i] = t;
                t -= p[i] * p[i] / d[i];
            }
        }
        for (int i = 0; i < n; i++) {
            double vi = z[i];
            double delta = vi / d[i];
            double tp = sigma < 0 ? tNext[i] : t + delta * vi;
            double alpha = tp / t;
            d[i] *= alpha;
            if (i == n - 1) {
                break;
            }
            double beta = delta / tp;
            if (alpha > 4) {
                double gamma = t / tp;
                for (int j = i + 1; j < n; j++) {
                    double old = l[j][i];
                    l[j][i] = gamma * old + beta * z[j];
                    z[j] -= vi * old;
                }
            } else {
                for (int j = i + 1; j < n; j++) {
                    z[j] -= vi * l[j][i];
                    l[j][i] += beta * z[j];
                }
            }
            t = tp;
        }
    }

    /**
     * The QP subproblem min 1/2 s^T L D L^T s + g^T s with lo <= s <= hi (NaN: none) as a least
     * squares problem min |E s - f|, E = D^{1/2} L^T, f = -D^{-1/2} L^{-1} g, with inequality
     * constraints (LSI), reduced to a least-distance problem in z = E s - f (LDP) and solved through
     * its dual non-negative least squares problem; the step is clipped to the bounds.
     */
    static boolean boundedQp(double[][] l, double[] d, double[] g, double[] lo, double[] hi, double[] s) {
        int n = g.length;
        // Columns of L^{-1}: linv[k][i] = (L^{-1})_{ki}.
        double[][] linv = new double[n][n];
        for (int i = 0; i < n; i++) {
            linv[i][i] = 1;
            for (int k = i + 1; k < n; k++) {
                double sum = 0;
                for (int j = i; j < k; j++) {
                    sum -= l[k][j] * linv[j][i];
                }
                linv[k][i] = sum;
            }
        }
        double[] sqrtD = new double[n];
        for (int k = 0; k < n; k++) {
            sqrtD[k] = Math.sqrt(d[k]);
        }
        // f = -D^{-1/2} L^{-1} g; unconstrained minimiser su = E^{-1} f.
        double[] f = new double[n];
        for (int k = 0; k < n; k++) {
            double sum = 0;
            for (int i = 0; i <= k; i++) {
                sum += linv[k][i] * g[i];
            }
            f[k] = -sum / sqrtD[k];
        }
        double[] su = new double[n];
        for (int i = 0; i < n; i++) {
            su[i] = applyEinvRow(linv, sqrtD, i, f);
        }
        int mg = 0;
        for (int i = 0; i < n; i++) {
            mg += (Double.isNaN(lo[i]) ? 0 : 1) + (Double.isNaN(hi[i]) ? 0 : 1);
        }
        if (mg == 0) {
            System.arraycopy(su, 0, s, 0, n);
            return true;
        }
        // LDP: rows G' = +-(row i of E^{-1}), h' = h - G su; NNLS matrix [G'^T; h'^T].
        double[][] a = new double[n + 1][mg];
        int c = 0;
        for (int i = 0; i < n; i++) {
            for (int side = 0; side < 2; side++) {
                double bound = side == 0 ? lo[i] : hi[i];
                if (Double.isNaN(bound)) {
                    continue;
                }
                double sign = side == 0 ? 1 : -1;
                for (int k = i; k < n; k++) {
                    a[k][c] = sign * linv[k][i] / sqrtD[k];
                }
                a[n][c] = sign * bound - sign * su[i];
                c++;
            }
        }
        double[] b = new double[n + 1];
        b[n] = 1;
        double[] w = Nnls.solve(a, b);
        if (w == null) {
            return false;
        }
        double fac = 1;
        for (int j = 0; j < mg; j++) {
            fac -= a[n][j] * w[j];
        }
        if (!((1 + fac) - 1 > 0)) {
            return false; // constraints incompatible
        }
        double[] z = new double[n];
        for (int k = 0; k < n; k++) {
            double sum = 0;
            for (int j = 0; j < mg; j++) {
                sum += a[k][j] * w[j];
            }
            z[k] = sum / fac;
        }
        for (int i = 0; i < n; i++) {
            double si = su[i] + applyEinvRow(linv, sqrtD, i, z);
            if (si < lo[i]) {
                si = lo[i];
            } else if (si > hi[i]) {
                si = hi[i];
            }
            s[i] = si;
        }
        // A constraint with a positive dual weight is active: the step ends exactly on its bound
        // (the formula above reaches it only up to rounding).
        c = 0;
        for (int i = 0; i < n; i++) {
            for (int side = 0; side < 2; side++) {
                double bound = side == 0 ? lo[i] : hi[i];
                if (Double.isNaN(bound)) {
                    continue;
                }
                if (w[c] > 0) {
                    s[i] = bound;
                }
                c++;
            }
        }
        return true;
    }

    /** Row i of E^{-1} = L^{-T} D^{-1/2} times y. */
    private static double applyEinvRow(double[][] linv, double[] sqrtD, int i, double[] y) {
        double sum = 0;
        for (int k = i; k < y.length; k++) {
            sum += linv[k][i] * y[k] / sqrtD[k];
        }
        return sum;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        double s = 0;
        for (double v : a) {
            s = Math.hypot(s, v);
        }
        return s;
    }
}
