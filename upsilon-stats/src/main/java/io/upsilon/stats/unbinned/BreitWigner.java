package io.upsilon.stats.unbinned;

import java.util.List;

/**
 * Non-relativistic Breit–Wigner (Cauchy) 1 / ((x - mean)^2 + width^2 / 4), with width the full
 * width at half maximum. Normalised with the arctangent, ∫_a^b = (2/width) [atan(2(b - mean)/width)
 * - atan(2(a - mean)/width)], the difference taken as one atan when both ends are on the same side
 * (no cancellation far in the tails).
 */
public final class BreitWigner extends ShapePdf {

    /**
     * @param x observable
     * @param mean peak position
     * @param width full width at half maximum, > 0
     */
    public BreitWigner(Observable x, Parameter mean, Parameter width) {
        super(x, List.of(mean, requireAbove(width, 0, "Breit-Wigner width")));
    }

    @Override
    protected double unnormalized(double x, double[] p) {
        double d = x - p[0];
        double hw = 0.5 * p[1];
        return 1 / (d * d + hw * hw);
    }

    @Override
    protected double integral(double a, double b, double[] p) {
        double hw = 0.5 * p[1];
        double u = (b - p[0]) / hw;
        double v = (a - p[0]) / hw;
        double diff = u * v > 0 ? Math.atan((u - v) / (1 + u * v)) : Math.atan(u) - Math.atan(v);
        return diff / hw;
    }

    @Override
    protected boolean valid(double[] p) {
        return p[1] > 0 && Double.isFinite(p[1]);
    }
}
