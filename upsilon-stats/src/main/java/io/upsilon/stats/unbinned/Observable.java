package io.upsilon.stats.unbinned;

/**
 * A named observable and the range [lower, upper] on which PDFs of it are normalised.
 *
 * @param name observable name (a data-set column)
 * @param lower lower end of the range (finite)
 * @param upper upper end of the range (finite, > lower)
 */
public record Observable(String name, double lower, double upper) {

    /** Validates the name and the range. */
    public Observable {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("observable name must not be blank");
        }
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("observable '" + name
                    + "': range must be finite with lower < upper, got [" + lower + ", " + upper + "]");
        }
    }

    /** Whether {@code x} lies in [lower, upper]. */
    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }

    /** upper - lower. */
    public double width() {
        return upper - lower;
    }
}
