package io.upsilon.stats.unbinned;

/**
 * A named fit parameter: value, bounds, whether it is held fixed, and a typical step (the size of
 * a plausible change, like MINUIT's initial error) used to scale numerical derivatives and the
 * search for profile-likelihood intervals.
 *
 * @param name unique name; PDFs that use parameters of the same name share them
 * @param value current (initial) value, inside [lower, upper]
 * @param lower lower bound (may be -infinity)
 * @param upper upper bound (may be +infinity)
 * @param fixed whether fits hold the parameter at its value
 * @param step typical step, > 0
 */
public record Parameter(String name, double value, double lower, double upper, boolean fixed, double step) {

    /** Validates the name, bounds, value and step. */
    public Parameter {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name must not be blank");
        }
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
            throw new IllegalArgumentException(
                    "parameter '" + name + "': bounds must satisfy lower < upper, got [" + lower + ", " + upper + "]");
        }
        if (!Double.isFinite(value) || value < lower || value > upper) {
            throw new IllegalArgumentException("parameter '" + name + "': value " + value
                    + " must be finite and inside [" + lower + ", " + upper + "]");
        }
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("parameter '" + name + "': step must be finite and > 0, got " + step);
        }
    }

    /** A free parameter with the default step ({@link #defaultStep}). */
    public static Parameter of(String name, double value, double lower, double upper) {
        return new Parameter(name, value, lower, upper, false, defaultStep(value, lower, upper));
    }

    /** A free, unbounded parameter. */
    public static Parameter of(String name, double value) {
        return of(name, value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** A parameter held fixed at {@code value}. */
    public static Parameter constant(String name, double value) {
        return new Parameter(
                name,
                value,
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                true,
                defaultStep(value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    }

    /**
     * Default step: 10% of |value|, or, for a value of 0, 1% of the bounded interval (0.1 when
     * unbounded).
     */
    public static double defaultStep(double value, double lower, double upper) {
        if (value != 0) {
            return 0.1 * Math.abs(value);
        }
        double width = upper - lower;
        return Double.isFinite(width) ? 0.01 * width : 0.1;
    }

    /** The same parameter with another value (must stay inside the bounds). */
    public Parameter withValue(double newValue) {
        return new Parameter(name, newValue, lower, upper, fixed, step);
    }

    /** The same parameter, fixed or freed. */
    public Parameter withFixed(boolean newFixed) {
        return new Parameter(name, value, lower, upper, newFixed, step);
    }

    /** The same parameter with another step. */
    public Parameter withStep(double newStep) {
        return new Parameter(name, value, lower, upper, fixed, newStep);
    }
}
