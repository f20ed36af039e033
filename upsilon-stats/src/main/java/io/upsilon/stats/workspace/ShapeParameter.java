package io.upsilon.stats.workspace;

import java.util.Objects;

/**
 * A shape parameter of an unbinned channel's PDFs (a mean, a width, a slope): free within its
 * bounds, held fixed, or Gaussian-constrained by an auxiliary measurement, like a HistFactory
 * nuisance parameter.
 *
 * @param name parameter name; unique among all parameters of the workspace
 * @param init initial value, inside the bounds
 * @param lower lower bound (finite)
 * @param upper upper bound (finite, > lower)
 * @param fixed whether fits hold it at {@code init}
 * @param constraintMean the auxiliary measurement's central value; NaN when unconstrained
 * @param constraintSigma the auxiliary measurement's width (> 0); NaN when unconstrained
 */
public record ShapeParameter(
        String name,
        double init,
        double lower,
        double upper,
        boolean fixed,
        double constraintMean,
        double constraintSigma) {

    /** Validates bounds, the initial value and the constraint. */
    public ShapeParameter {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new IllegalArgumentException(
                    "bounds must be finite with lo < hi, got [" + lower + ", " + upper + "]");
        }
        if (!(init >= lower && init <= upper)) {
            throw new IllegalArgumentException(
                    "the initial value " + init + " is outside the bounds [" + lower + ", " + upper + "]");
        }
        if (Double.isNaN(constraintMean) != Double.isNaN(constraintSigma)) {
            throw new IllegalArgumentException("a constraint needs both a mean and a sigma");
        }
        if (!Double.isNaN(constraintSigma) && !(constraintSigma > 0 && Double.isFinite(constraintSigma))) {
            throw new IllegalArgumentException("the constraint's sigma must be finite and > 0, got " + constraintSigma);
        }
        if (fixed && !Double.isNaN(constraintMean)) {
            throw new IllegalArgumentException("a parameter cannot be both fixed and constrained");
        }
    }

    /** Whether the parameter has a Gaussian constraint. */
    public boolean constrained() {
        return !Double.isNaN(constraintMean);
    }
}
