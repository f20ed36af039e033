package io.upsilon.stats.fit;

/** A differentiable function to minimise. */
@FunctionalInterface
public interface Objective {
    /** Returns f(x) and writes the gradient to {@code grad}; may return +infinity or NaN where undefined. */
    double valueAndGradient(double[] x, double[] grad);
}
