package io.upsilon.stats.unbinned;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.FitStatus;
import java.util.Objects;

/**
 * The result of an unbinned fit: the fitted parameters (as a {@link ParameterSet} with the best
 * values, ready to be reused), Hessian errors and correlations by name, the minimum NLL and the
 * status. A fit that fails says so in {@link #status()} and {@link #message()}; errors are NaN only
 * for fixed parameters or when the Hessian is not positive definite (then the message says so).
 *
 * @param parameters parameters at the best-fit values (bounds, fixed flags and steps as fitted)
 * @param fit the minimiser's result, with errors and correlation in the layout of {@code parameters}
 */
public record UnbinnedFitResult(ParameterSet parameters, FitResult fit) {

    /** Validates that the shapes agree. */
    public UnbinnedFitResult {
        Objects.requireNonNull(parameters);
        Objects.requireNonNull(fit);
        if (fit.values().length != parameters.size()) {
            throw new IllegalArgumentException(
                    "fit result has " + fit.values().length + " values for " + parameters.size() + " parameters");
        }
    }

    /** Convergence status. */
    public FitStatus status() {
        return fit.status();
    }

    /** Whether the fit converged and has Hessian errors. */
    public boolean ok() {
        return fit.status().ok() && fit.correlation() != null;
    }

    /** Minimum NLL. */
    public double nll() {
        return fit.nll();
    }

    /** The minimiser's message (including any note on the Hessian). */
    public String message() {
        return fit.message();
    }

    /** Best-fit value of {@code name}. */
    public double value(String name) {
        return fit.value(parameters.indexOf(name));
    }

    /** Hessian error of {@code name} (NaN if fixed or not available). */
    public double error(String name) {
        double[] e = fit.errors();
        return e == null ? Double.NaN : e[parameters.indexOf(name)];
    }

    /** Correlation coefficient of two parameters (NaN if not available). */
    public double correlation(String a, String b) {
        double[][] c = fit.correlation();
        return c == null ? Double.NaN : c[parameters.indexOf(a)][parameters.indexOf(b)];
    }

    /** Covariance of two parameters (NaN if not available). */
    public double covariance(String a, String b) {
        return correlation(a, b) * error(a) * error(b);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("UnbinnedFitResult[")
                .append(status())
                .append(", nll=")
                .append(nll());
        for (Parameter p : parameters.parameters()) {
            sb.append(", ").append(p.name()).append('=').append(p.value());
            if (!p.fixed()) {
                sb.append("±").append(error(p.name()));
            }
        }
        return sb.append(", ").append(message()).append(']').toString();
    }
}
