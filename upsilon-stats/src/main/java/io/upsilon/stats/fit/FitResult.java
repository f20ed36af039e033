package io.upsilon.stats.fit;

import java.util.Objects;

/**
 * The result of a fit.
 *
 * @param values best-fit parameter values
 * @param errors Hessian uncertainties (NaN for fixed parameters, or all NaN if not computed)
 * @param correlation correlation matrix (null if not computed)
 * @param nll minimum negative log-likelihood
 * @param status convergence status
 * @param iterations number of iterations
 * @param evaluations number of function evaluations
 * @param edm estimated distance to the minimum at the end
 * @param message human-readable note on the outcome
 * @param diagnosis findings and retry-ladder steps ({@link FitDiagnosis#none()} when not diagnosed)
 */
public record FitResult(
        double[] values,
        double[] errors,
        double[][] correlation,
        double nll,
        FitStatus status,
        int iterations,
        int evaluations,
        double edm,
        String message,
        FitDiagnosis diagnosis) {

    /** A result without a diagnosis. */
    public FitResult(
            double[] values,
            double[] errors,
            double[][] correlation,
            double nll,
            FitStatus status,
            int iterations,
            int evaluations,
            double edm,
            String message) {
        this(values, errors, correlation, nll, status, iterations, evaluations, edm, message, FitDiagnosis.none());
    }

    /** Copies arrays. */
    public FitResult {
        values = values.clone();
        errors = errors == null ? null : errors.clone();
        if (correlation != null) {
            double[][] c = new double[correlation.length][];
            for (int i = 0; i < c.length; i++) {
                c[i] = correlation[i].clone();
            }
            correlation = c;
        }
        Objects.requireNonNull(status);
        Objects.requireNonNull(diagnosis);
    }

    /** This result with another diagnosis. */
    public FitResult withDiagnosis(FitDiagnosis d) {
        return new FitResult(values, errors, correlation, nll, status, iterations, evaluations, edm, message, d);
    }

    /** Twice the minimum NLL (pyhf's twice_nll). */
    public double twiceNll() {
        return 2 * nll;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] errors() {
        return errors == null ? null : errors.clone();
    }

    @Override
    public double[][] correlation() {
        if (correlation == null) {
            return null;
        }
        double[][] c = new double[correlation.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = correlation[i].clone();
        }
        return c;
    }

    /** The value of parameter {@code i}, without copying the whole vector. */
    public double value(int i) {
        return values[i];
    }

    @Override
    public String toString() {
        return "FitResult[" + status + ", nll=" + nll + ", iterations=" + iterations + ", " + diagnosis.summary() + "]";
    }
}
