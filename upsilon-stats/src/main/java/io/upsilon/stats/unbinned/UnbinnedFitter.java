package io.upsilon.stats.unbinned;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.FitStatus;
import io.upsilon.stats.fit.Hessians;
import io.upsilon.stats.fit.Minimizer;
import java.util.Arrays;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.special.Erf;

/**
 * Maximum-likelihood fits of a {@link Pdf} to a {@link DataSet}: minimises the {@link UnbinnedNll}
 * (extended if the PDF is) with the BFGS {@link Minimizer}, takes errors and correlations from the
 * inverse of the finite-difference {@link Hessians Hessian} of the gradient, and finds
 * profile-likelihood intervals (MINOS-like) by Brent root finding on the profile NLL. Not
 * thread-safe (each fit builds its own NLL, but one fitter is meant for one thread).
 */
public final class UnbinnedFitter {

    private final Pdf pdf;
    private final DataSet data;
    private final Minimizer minimizer;

    /** A fitter with the default minimiser: EDM below 1e-10 (in NLL units), at most 2000 iterations. */
    public UnbinnedFitter(Pdf pdf, DataSet data) {
        this(pdf, data, new Minimizer(1e-10, 2000));
    }

    /** A fitter with a given minimiser. */
    public UnbinnedFitter(Pdf pdf, DataSet data, Minimizer minimizer) {
        if (pdf == null || data == null || minimizer == null) {
            throw new IllegalArgumentException("pdf, data and minimizer must not be null");
        }
        this.pdf = pdf;
        this.data = data;
        this.minimizer = minimizer;
    }

    /** The PDF. */
    public Pdf pdf() {
        return pdf;
    }

    /** The data. */
    public DataSet data() {
        return data;
    }

    /** Fit from the PDF's declared parameter values. */
    public UnbinnedFitResult fit() {
        return fit(ParameterSet.of(pdf));
    }

    /**
     * Fit from the values in {@code start} (which also gives bounds and fixed flags, and must hold
     * every parameter of the PDF), with Hessian errors and correlations.
     */
    public UnbinnedFitResult fit(ParameterSet start) {
        UnbinnedNll nll = new UnbinnedNll(pdf, start, data);
        double[] lower = start.lower();
        double[] upper = start.upper();
        boolean[] fixed = start.fixedMask();
        FitResult r = minimizer.minimize(nll, start.values(), lower, upper, fixed);
        double[] x = r.values();
        FitStatus status = r.status();
        String message = r.message();
        if (!Double.isFinite(r.nll())) {
            status = FitStatus.FAILED;
            message = message + "; NLL not finite at the end";
        }
        int n = x.length;
        double[] err = new double[n];
        Arrays.fill(err, Double.NaN);
        double[][] corr = null;
        if (status != FitStatus.FAILED) {
            double[][] h = Hessians.hessian(nll, x, lower, upper, fixed);
            double[][] cov = Hessians.covariance(h, fixed);
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
                message = message + "; Hessian not positive definite: no uncertainties";
            }
        }
        FitResult full =
                new FitResult(x, err, corr, r.nll(), status, r.iterations(), nll.evaluations(), r.edm(), message);
        return new UnbinnedFitResult(start.withValues(x), full);
    }

    /** The NLL rise z^2 / 2 of a two-sided interval at confidence {@code level} for one parameter. */
    public static double deltaNll(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        double z = Math.sqrt(2) * Erf.erfInv(level);
        return 0.5 * z * z;
    }

    /**
     * Fits from the PDF's declared values and returns the profile-likelihood interval of {@code
     * parameter} at confidence {@code level} (see {@link #profileInterval(UnbinnedFitResult,
     * String, double)}).
     */
    public ProfileInterval profileInterval(String parameter, double level) {
        return profileInterval(fit(), parameter, level);
    }

    /**
     * The profile-likelihood interval of {@code parameter} at confidence {@code level} (0.6827 for
     * ±1 sigma), around the free fit {@code best}: the two values where the NLL, minimised over the
     * other free parameters, is {@link #deltaNll(double)} above the minimum. Each side is bracketed
     * by stepping out from the best value in multiples of the Hessian error and then solved with
     * Brent's method to 1e-7 of the error; a side on which the NLL never rises enough ends at the
     * parameter's bound and says so.
     */
    public ProfileInterval profileInterval(UnbinnedFitResult best, String parameter, double level) {
        double delta = deltaNll(level);
        ParameterSet layout = best.parameters();
        int i = layout.indexOf(parameter);
        Parameter par = layout.get(i);
        if (par.fixed()) {
            throw new IllegalArgumentException("parameter '" + parameter + "' is fixed: no interval");
        }
        double hat = best.value(parameter);
        double sigma = best.error(parameter);
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            sigma = par.step();
        }
        Profile profile = new Profile(layout, i, best.nll() + delta);
        double z = Math.sqrt(2 * delta);
        double[] ends = new double[2];
        boolean[] atBound = new boolean[2];
        StringBuilder msg = new StringBuilder();
        boolean ok = best.status().ok();
        for (int side = 0; side < 2; side++) {
            double dir = side == 0 ? -1 : 1;
            double bound = side == 0 ? par.lower() : par.upper();
            double a = hat;
            double b = hat;
            double ga = -delta;
            double gb = -delta;
            boolean bracketed = false;
            for (int k = 0; k < 40; k++) {
                double next = hat + dir * z * sigma * Math.pow(1.6, k);
                if (dir * (next - bound) >= 0) {
                    next = bound;
                }
                a = b;
                ga = gb;
                b = next;
                gb = profile.value(b);
                if (Double.isNaN(gb)) {
                    ok = false;
                    msg.append(side == 0 ? "lower" : "upper")
                            .append(": profile fit failed at ")
                            .append(b)
                            .append("; ");
                    break;
                }
                if (gb >= 0) {
                    bracketed = true;
                    break;
                }
                if (b == bound) {
                    break;
                }
            }
            if (bracketed) {
                try {
                    BrentSolver solver = new BrentSolver(1e-14, 1e-7 * sigma, 1e-12);
                    ends[side] = solver.solve(200, profile::value, Math.min(a, b), Math.max(a, b), 0.5 * (a + b));
                } catch (MathRuntimeException e) {
                    ok = false;
                    ends[side] = Double.NaN;
                    msg.append(side == 0 ? "lower" : "upper")
                            .append(": ")
                            .append(e.getMessage())
                            .append("; ");
                }
            } else if (b == bound && !Double.isNaN(gb)) {
                ends[side] = bound;
                atBound[side] = true;
                msg.append(side == 0 ? "lower" : "upper").append(" end at the parameter bound; ");
            } else {
                ends[side] = Double.NaN;
                ok = false;
            }
        }
        ok &= profile.allConverged;
        if (profile.lowestNll < best.nll() - 1e-6) {
            ok = false;
            msg.append("a conditional fit found a lower NLL (")
                    .append(profile.lowestNll)
                    .append(") than the free fit: refit first; ");
        }
        if (!profile.allConverged) {
            msg.append("some conditional fits did not converge; ");
        }
        String m = msg.length() == 0 ? "ok" : msg.substring(0, msg.length() - 2);
        return new ProfileInterval(parameter, level, delta, hat, ends[0], ends[1], atBound[0], atBound[1], ok, m);
    }

    /** The profile NLL minus the threshold, by conditional fits warm-started from the last one. */
    private final class Profile {
        private final UnbinnedNll nll;
        private final int index;
        private final double threshold;
        private final double[] lower;
        private final double[] upper;
        private final boolean[] fixed;
        private double[] last;
        private boolean allConverged = true;
        private double lowestNll = Double.POSITIVE_INFINITY;

        Profile(ParameterSet layout, int index, double threshold) {
            this.nll = new UnbinnedNll(pdf, layout, data);
            this.index = index;
            this.threshold = threshold;
            this.lower = layout.lower();
            this.upper = layout.upper();
            this.fixed = layout.fixedMask();
            this.fixed[index] = true;
            this.nll.setFixed(index, true);
            this.last = layout.values();
        }

        double value(double theta) {
            double[] start = last.clone();
            start[index] = theta;
            FitResult r = minimizer.minimize(nll, start, lower, upper, fixed);
            if (!r.status().ok() || !Double.isFinite(r.nll())) {
                allConverged = false;
                return Double.isFinite(r.nll()) ? r.nll() - threshold : Double.NaN;
            }
            last = r.values();
            lowestNll = Math.min(lowestNll, r.nll());
            return r.nll() - threshold;
        }
    }
}
