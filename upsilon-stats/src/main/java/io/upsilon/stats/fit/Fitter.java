package io.upsilon.stats.fit;

import io.upsilon.stats.model.Likelihood;
import io.upsilon.stats.model.Model;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximum-likelihood fits of a {@link Model}: free fits, fits at a fixed parameter of interest, and
 * Hessian uncertainties. Holds one {@link Likelihood} and so is not thread-safe: one per thread.
 */
public final class Fitter {

    private final Model model;
    private final Likelihood likelihood;
    private final Minimizer minimizer;
    private final Optimizer optimizer;
    private final double[] lower;
    private final double[] upper;
    private final boolean retries;
    // The last fit and the inverse metric its BFGS run ended with (fixedPoiFitAfter).
    private FitResult lastResult;
    private double[][] lastMetric;

    /** A fitter with the default minimiser and the model's suggested bounds. */
    public Fitter(Model model) {
        this(model, new Minimizer());
    }

    /** A fitter with a given BFGS minimiser. */
    public Fitter(Model model, Minimizer minimizer) {
        this(model, minimizer, Optimizer.BFGS);
    }

    /** A fitter with the given optimiser (its default settings). */
    public Fitter(Model model, Optimizer optimizer) {
        this(model, new Minimizer(), optimizer);
    }

    private Fitter(Model model, Minimizer minimizer, Optimizer optimizer) {
        this(model, minimizer, optimizer, true);
    }

    private Fitter(Model model, Minimizer minimizer, Optimizer optimizer, boolean retries) {
        this.model = model;
        this.retries = retries;
        this.likelihood = model.likelihood();
        this.minimizer = minimizer;
        this.optimizer = optimizer;
        this.lower = model.lowerBounds();
        this.upper = model.upperBounds();
    }

    /**
     * This fitter without the retry ladder: a BFGS fit that fails is reported as it is (for
     * comparisons, and to measure how often the ladder is needed).
     */
    public Fitter withoutRetries() {
        return new Fitter(model, minimizer, optimizer, false);
    }

    /** The model. */
    public Model model() {
        return model;
    }

    /** The optimiser. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The likelihood evaluator (its data is whatever the last fit used). */
    public Likelihood likelihood() {
        return likelihood;
    }

    /** Free fit from the suggested init with the suggested fixed parameters; no uncertainties. */
    public FitResult fit(double[] data) {
        return fit(data, model.suggestedInit(), model.suggestedFixed(), false);
    }

    /**
     * Fit to {@code data} from {@code init}, holding parameters with {@code fixed[i]} at their
     * initial value; with {@code errors} also the Hessian uncertainties and correlation matrix.
     *
     * <p>A BFGS fit that does not converge climbs the retry ladder, stopping at the first step
     * that converges: (1) {@code perturbed-start}: BFGS from the start moved by a tenth of each
     * free parameter's range (at most 1) towards the inside of its bounds; (2) {@code
     * diagonal-metric}: BFGS from the start with a diagonal metric ({@link
     * Minimizer#withDiagonalMetric()}); (3) {@code simplex}: a bounded Nelder-Mead search ({@link
     * NelderMead}) polished by BFGS; (4) {@code slsqp}: the other optimiser ({@link Slsqp}, as
     * {@link Optimizer#PYHF_SLSQP}). {@link Optimizer#PYHF_SLSQP} fits are not retried: they
     * reproduce pyhf, failures included. Every result carries a {@link FitDiagnosis}: the ladder
     * steps that ran and, for a fit at a bound, a failed fit or a fit with {@code errors}, what is
     * wrong (a parameter at a bound, a flat direction, a Hessian that is not positive definite),
     * naming the parameters.
     */
    public FitResult fit(double[] data, double[] init, boolean[] fixed, boolean errors) {
        return fit(data, init, fixed, errors, null);
    }

    /**
     * The fit with the POI fixed at {@code poi} that follows {@code free}, this fitter's last
     * fit, on the same {@code data}: it starts at the free minimum (POI set to {@code poi}) and,
     * when {@code free} was a BFGS fit, from its final inverse metric with the POI removed
     * ({@link Minimizer#withFixed}), which spares the O(n^3) inversion that starts every other
     * fit. The minimum is the one {@link #fixedPoiFit(double, double[], double[], boolean[])} finds;
     * used for toys, where the two fits of every toy dominate the cost.
     */
    public FitResult fixedPoiFitAfter(FitResult free, double poi, double[] data, boolean[] fixed) {
        int p = model.poiIndex();
        double[] x = free.values();
        boolean[] f = fixed.clone();
        x[p] = poi;
        f[p] = true;
        double[][] metric = free == lastResult && lastMetric != null ? Minimizer.withFixed(lastMetric, p) : null;
        return fit(data, x, f, false, metric);
    }

    private FitResult fit(double[] data, double[] init, boolean[] fixed, boolean errors, double[][] startMetric) {
        likelihood.setData(data);
        Objective obj = new Objective() {
            @Override
            public double valueAndGradient(double[] x, double[] grad) {
                return likelihood.nllAndGradient(x, grad);
            }

            @Override
            public boolean approximateHessian(double[] x, double[][] h) {
                return likelihood.approximateHessian(x, h);
            }
        };
        List<FitDiagnosis.Attempt> attempts = new ArrayList<>();
        FitResult r;
        if (optimizer == Optimizer.PYHF_SLSQP) {
            r = record(attempts, "slsqp", slsqp(init, fixed));
            lastMetric = null;
        } else {
            Minimizer.Outcome o = minimizer.minimizeFrom(obj, init, lower, upper, fixed, startMetric);
            r = record(attempts, "bfgs", o.result());
            lastMetric = o.inverseMetric();
            if (!r.status().ok() && retries) {
                r = retryLadder(obj, init, fixed, r, attempts);
                lastMetric = null;
            }
        }
        double[] x = r.values();
        double[][] h = null;
        if (errors || !r.status().ok()) {
            h = Hessians.hessian(obj, x, lower, upper, fixed);
        }
        List<FitDiagnosis.Finding> findings = FitDiagnostics.findings(model, r, h, lower, upper, fixed);
        FitDiagnosis diagnosis = new FitDiagnosis(findings, attempts);
        if (!errors) {
            lastResult = r.withDiagnosis(diagnosis);
            return lastResult;
        }
        lastResult = null;
        double[][] cov = Hessians.covariance(h, fixed);
        String msg = r.message();
        if (cov != null && likelihood.hasWeightedEvents()) {
            cov = sandwich(cov, h, x, fixed);
            msg = msg + "; uncertainties: sandwich estimator (weighted events)";
        }
        int n = x.length;
        double[] err = new double[n];
        Arrays.fill(err, Double.NaN);
        double[][] corr = null;
        if (cov != null) {
            corr = new double[n][n];
            for (int i = 0; i < n; i++) {
                if (!fixed[i]) {
                    err[i] = Math.sqrt(cov[i][i]);
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    corr[i][j] = fixed[i] || fixed[j] ? (i == j ? 1 : 0) : cov[i][j] / (err[i] * err[j]);
                }
            }
        } else {
            msg = msg + "; Hessian not positive definite: no uncertainties";
        }
        return new FitResult(
                x, err, corr, r.nll(), r.status(), r.iterations(), r.evaluations(), r.edm(), msg, diagnosis);
    }

    /**
     * The asymptotically correct covariance for weighted events (Langenbruch, Eur. Phys. J. C 82
     * (2022) 393, arXiv:1911.01303): C = H^-1 D H^-1 with D the variance of the score, which for
     * the binned counts and the constraints (unweighted) is their Hessian, and for the weighted
     * events sum_i w_i^2 s_i s_i^T instead of the events' Hessian: D = H - H_events + V.
     */
    private double[][] sandwich(double[][] inverse, double[][] h, double[] x, boolean[] fixed) {
        Objective events = likelihood::eventNllAndGradient;
        double[][] hEvents = Hessians.hessian(events, x, lower, upper, fixed);
        double[][] v = likelihood.eventScoreVariance(x);
        int n = x.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = fixed[i] || fixed[j] ? 0 : h[i][j] - hEvents[i][j] + v[i][j];
            }
        }
        double[][] tmp = multiply(inverse, d);
        double[][] c = multiply(tmp, inverse);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double m = 0.5 * (c[i][j] + c[j][i]);
                c[i][j] = m;
                c[j][i] = m;
            }
        }
        return c;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double aik = a[i][k];
                if (aik == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        return c;
    }

    private static FitResult record(List<FitDiagnosis.Attempt> attempts, String step, FitResult r) {
        attempts.add(new FitDiagnosis.Attempt(step, r.status(), r.nll(), r.message()));
        return r;
    }

    /** Steps 1-4 of the ladder (see {@link #fit(double[], double[], boolean[], boolean)}); the first success, else {@code failed}. */
    private FitResult retryLadder(
            Objective obj, double[] init, boolean[] fixed, FitResult failed, List<FitDiagnosis.Attempt> attempts) {
        FitResult r = record(
                attempts, "perturbed-start", minimizer.minimize(obj, perturbedStart(init, fixed), lower, upper, fixed));
        if (r.status().ok()) {
            return r;
        }
        r = record(
                attempts, "diagonal-metric", minimizer.withDiagonalMetric().minimize(obj, init, lower, upper, fixed));
        if (r.status().ok()) {
            return r;
        }
        r = record(attempts, "simplex", simplexThenBfgs(obj, init, fixed));
        if (r.status().ok()) {
            return r;
        }
        r = record(attempts, "slsqp", slsqp(init, fixed));
        if (r.status().ok()) {
            return r;
        }
        return failed;
    }

    /** A tenth of the bounded range (at most 1) for each free parameter: the ladder's start shift and simplex size. */
    private double step(int i) {
        double range = upper[i] - lower[i];
        return 0.1 * (Double.isFinite(range) ? Math.min(range, 10) : 10);
    }

    /** The start moved by {@link #step} upwards, or downwards where that would leave the bounds. */
    private double[] perturbedStart(double[] init, boolean[] fixed) {
        double[] x = init.clone();
        for (int i = 0; i < x.length; i++) {
            if (!fixed[i]) {
                double d = step(i);
                x[i] = x[i] + d <= upper[i] ? x[i] + d : Math.max(lower[i], x[i] - d);
            }
        }
        return x;
    }

    /** Nelder-Mead on the free parameters (at most 200 (n + 1) evaluations, capped at 50,000), then BFGS. */
    private FitResult simplexThenBfgs(Objective obj, double[] init, boolean[] fixed) {
        int n = init.length;
        int[] free =
                java.util.stream.IntStream.range(0, n).filter(i -> !fixed[i]).toArray();
        int m = free.length;
        double[] y0 = new double[m];
        double[] st = new double[m];
        double[] lo = new double[m];
        double[] hi = new double[m];
        for (int k = 0; k < m; k++) {
            y0[k] = init[free[k]];
            st[k] = step(free[k]);
            lo[k] = lower[free[k]];
            hi[k] = upper[free[k]];
        }
        double[] full = init.clone();
        NelderMead.Result nm = NelderMead.minimize(
                y -> {
                    for (int k = 0; k < m; k++) {
                        full[free[k]] = y[k];
                    }
                    return likelihood.nll(full);
                },
                y0,
                st,
                lo,
                hi,
                1e-10,
                (int) Math.min(50_000L, 200L * (m + 1)));
        double[] x = init.clone();
        for (int k = 0; k < m; k++) {
            x[free[k]] = nm.x()[k];
        }
        FitResult polished = minimizer.minimize(obj, x, lower, upper, fixed);
        String note = "Nelder-Mead (" + nm.evaluations() + " evaluations"
                + (nm.converged() ? "" : ", evaluation cap reached") + ") then BFGS: " + polished.message();
        return new FitResult(
                polished.values(),
                null,
                null,
                polished.nll(),
                polished.status(),
                polished.iterations(),
                polished.evaluations() + nm.evaluations(),
                polished.edm(),
                note);
    }

    /** Fit with the parameter of interest fixed at {@code poi} (pyhf's fixed_poi_fit), from the suggested init. */
    public FitResult fixedPoiFit(double poi, double[] data) {
        return fixedPoiFit(poi, data, model.suggestedInit(), model.suggestedFixed());
    }

    /** Fit with the parameter of interest fixed at {@code poi}, from {@code init} with {@code fixed}. */
    public FitResult fixedPoiFit(double poi, double[] data, double[] init, boolean[] fixed) {
        double[] x = init.clone();
        boolean[] f = fixed.clone();
        x[model.poiIndex()] = poi;
        f[model.poiIndex()] = true;
        return fit(data, x, f, false);
    }

    /**
     * pyhf's fit: SLSQP on twice_nll with forward-difference gradients. Fixed parameters are
     * removed from the vector (equivalent to pyhf's equality constraints, see {@link Slsqp}).
     * twice_nll is evaluated in pyhf's floating-point operation order ({@link
     * Likelihood#twiceNllPyhf}), not the more precise {@link Likelihood#twiceNll}.
     */
    private FitResult slsqp(double[] init, boolean[] fixed) {
        int n = init.length;
        int count = 0;
        for (boolean f : fixed) {
            if (!f) {
                count++;
            }
        }
        final int nfree = count;
        int[] free = new int[nfree];
        double[] y0 = new double[nfree];
        double[] lo = new double[nfree];
        double[] hi = new double[nfree];
        for (int i = 0, k = 0; i < n; i++) {
            if (!fixed[i]) {
                free[k] = i;
                y0[k] = init[i];
                lo[k] = lower[i];
                hi[k] = upper[i];
                k++;
            }
        }
        double[] full = init.clone();
        Slsqp.Function f = y -> {
            for (int k = 0; k < nfree; k++) {
                full[free[k]] = y[k];
            }
            return likelihood.twiceNllPyhf(full);
        };
        Slsqp.Result r = Slsqp.pyhfDefaults().minimize(f, null, y0, lo, hi);
        double[] x = init.clone();
        boolean atBound = false;
        for (int k = 0; k < nfree; k++) {
            x[free[k]] = r.x()[k];
            atBound |= r.x()[k] <= lo[k] || r.x()[k] >= hi[k];
        }
        FitStatus status = !r.success() || !Double.isFinite(r.f())
                ? FitStatus.FAILED
                : atBound ? FitStatus.AT_BOUND : FitStatus.CONVERGED;
        return new FitResult(
                x,
                null,
                null,
                r.f() / 2,
                status,
                r.iterations(),
                r.evaluations(),
                Double.NaN,
                "SLSQP (pyhf-compatible): " + r.message());
    }
}
