package io.upsilon.stats.workspace;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An unbinned channel (an Upsilon extension of the pyhf schema): one observable on a range, its
 * events (values and optional weights), components each with a PDF and a yield built from
 * HistFactory modifiers, and the PDFs' shape parameters.
 *
 * @param name channel name, unique among binned and unbinned channels
 * @param observable the observable's name
 * @param lower lower end of the range the PDFs are normalised on
 * @param upper upper end of the range
 * @param values the observed events, each inside [lower, upper]
 * @param weights one weight per event, or null for unit weights
 * @param components the components (at least one)
 * @param shapeParameters the shape parameters the components' PDFs use
 */
public record UnbinnedChannel(
        String name,
        String observable,
        double lower,
        double upper,
        double[] values,
        double[] weights,
        List<UnbinnedComponent> components,
        List<ShapeParameter> shapeParameters) {

    /** Validates and copies. */
    public UnbinnedChannel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(observable, "observable");
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new IllegalArgumentException(
                    "unbinned channel " + name + ": the range must be finite with min < max");
        }
        values = values.clone();
        for (double v : values) {
            if (!(v >= lower && v <= upper)) {
                throw new IllegalArgumentException("unbinned channel " + name + ": event " + v + " outside the range");
            }
        }
        if (weights != null) {
            weights = weights.clone();
            if (weights.length != values.length) {
                throw new IllegalArgumentException("unbinned channel " + name + ": " + weights.length + " weights for "
                        + values.length + " events");
            }
            for (double w : weights) {
                if (!Double.isFinite(w)) {
                    throw new IllegalArgumentException("unbinned channel " + name + ": weights must be finite");
                }
            }
        }
        components = List.copyOf(components);
        shapeParameters = List.copyOf(shapeParameters);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("unbinned channel " + name + ": no components");
        }
        var names = new HashSet<String>();
        for (UnbinnedComponent c : components) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("unbinned channel " + name + ": duplicate component " + c.name());
            }
        }
    }

    /** The events' values (a copy). */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The events' weights (a copy), or null for unit weights. */
    @Override
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }

    /** The events' weights, 1 for unweighted data. */
    public double[] weightsOrOnes() {
        if (weights != null) {
            return weights.clone();
        }
        double[] w = new double[values.length];
        Arrays.fill(w, 1.0);
        return w;
    }

    /** The shape parameter called {@code parameter}, or null. */
    public ShapeParameter shapeParameter(String parameter) {
        return shapeParameters.stream()
                .filter(p -> p.name().equals(parameter))
                .findFirst()
                .orElse(null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnbinnedChannel c
                && c.name.equals(name)
                && c.observable.equals(observable)
                && c.lower == lower
                && c.upper == upper
                && Arrays.equals(c.values, values)
                && Arrays.equals(c.weights, weights)
                && c.components.equals(components)
                && c.shapeParameters.equals(shapeParameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, observable, lower, upper, Arrays.hashCode(values), components);
    }

    @Override
    public String toString() {
        return "UnbinnedChannel[" + name + ", " + observable + " in [" + lower + ", " + upper + "], " + values.length
                + " events, " + components.size() + " components]";
    }
}
