package io.upsilon.stats.fit;

import io.upsilon.stats.model.Likelihood;
import io.upsilon.stats.model.Model;
import java.util.Arrays;

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
        this.model = model;
        this.likelihood = model.likelihood();
        this.minimizer = minimizer;
        this.optimizer = optimizer;
        this.lower = model.lowerBounds();
        this.upper = model.upperBounds();
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
     */
    public FitResult fit(double[] data, double[] init, boolean[] fixed, boolean errors) {
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
        FitResult r = optimizer == Optimizer.PYHF_SLSQP
                ? slsqp(init, fixed)
                : minimizer.minimize(obj, init, lower, upper, fixed);
        if (!errors) {
            return r;
        }
        double[] x = r.values();
        double[][] h = Hessians.hessian(obj, x, lower, upper, fixed);
        double[][] cov = Hessians.covariance(h, fixed);
        int n = x.length;
        double[] err = new double[n];
        Arrays.fill(err, Double.NaN);
        double[][] corr = null;
        String msg = r.message();
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
        return new FitResult(x, err, corr, r.nll(), r.status(), r.iterations(), r.evaluations(), r.edm(), msg);
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
