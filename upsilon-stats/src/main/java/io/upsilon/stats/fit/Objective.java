package io.upsilon.stats.fit;

/** A differentiable function to minimise. */
@FunctionalInterface
public interface Objective {
    /** Returns f(x) and writes the gradient to {@code grad}; may return +infinity or NaN where undefined. */
    double valueAndGradient(double[] x, double[] grad);

    /**
     * Optionally writes an approximation of the Hessian at {@code x} (positive semi-definite) to
     * {@code h} and returns true; the default returns false and the minimiser uses finite
     * differences of the gradient instead.
     */
    default boolean approximateHessian(double[] x, double[][] h) {
        return false;
    }
}
