package io.upsilon.analysis.output.plot;

import java.awt.Color;
import java.util.Arrays;
import java.util.Objects;

/**
 * A line to draw on a plot: a theory prediction, a reference limit, a fitted function.
 *
 * @param label legend text (plain Unicode)
 * @param x abscissae, increasing (copied)
 * @param y ordinates, one per abscissa (copied)
 * @param colour line colour
 * @param dashed whether the line is dashed
 */
public record Curve(String label, double[] x, double[] y, Color colour, boolean dashed) {

    /** Validates: same length, at least two points, finite values, increasing x. */
    public Curve {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(colour, "colour");
        x = x.clone();
        y = y.clone();
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("curve " + label + " needs at least two (x, y) points of equal count");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("curve " + label + " has a non-finite point at index " + i);
            }
            if (i > 0 && x[i] <= x[i - 1]) {
                throw new IllegalArgumentException("curve " + label + ": x must increase (index " + i + ")");
            }
        }
    }

    /** A solid curve. */
    public static Curve solid(String label, double[] x, double[] y, Color colour) {
        return new Curve(label, x, y, colour, false);
    }

    /** A dashed curve. */
    public static Curve dashed(String label, double[] x, double[] y, Color colour) {
        return new Curve(label, x, y, colour, true);
    }

    /** The abscissae (a copy). */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** The ordinates (a copy). */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }

    /** Point {@code i}'s abscissa. */
    public double x(int i) {
        return x[i];
    }

    /** Point {@code i}'s ordinate. */
    public double y(int i) {
        return y[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Curve c
                && label.equals(c.label)
                && Arrays.equals(x, c.x)
                && Arrays.equals(y, c.y)
                && colour.equals(c.colour)
                && dashed == c.dashed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, Arrays.hashCode(x), Arrays.hashCode(y), colour, dashed);
    }

    @Override
    public String toString() {
        return "Curve[" + label + ", " + x.length + " points]";
    }
}
