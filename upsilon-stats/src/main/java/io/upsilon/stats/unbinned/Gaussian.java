package io.upsilon.stats.unbinned;

import java.util.List;
import org.hipparchus.special.Erf;

/**
 * Gaussian exp(-(x - mean)^2 / (2 sigma^2)), normalised on the range with the error function:
 * ∫_a^b = sigma sqrt(pi/2) [erf((b - mean)/(sqrt2 sigma)) - erf((a - mean)/(sqrt2 sigma))].
 */
public final class Gaussian extends ShapePdf {

    static final double SQRT_HALF_PI = Math.sqrt(0.5 * Math.PI);
    static final double INV_SQRT2 = 1 / Math.sqrt(2);

    /**
     * @param x observable
     * @param mean mean
     * @param sigma standard deviation, > 0
     */
    public Gaussian(Observable x, Parameter mean, Parameter sigma) {
        super(x, List.of(mean, requireAbove(sigma, 0, "Gaussian sigma")));
    }

    @Override
    protected double unnormalized(double x, double[] p) {
        double t = (x - p[0]) / p[1];
        return Math.exp(-0.5 * t * t);
    }

    @Override
    protected double integral(double a, double b, double[] p) {
        double s = p[1];
        return s * SQRT_HALF_PI * Erf.erf((a - p[0]) / s * INV_SQRT2, (b - p[0]) / s * INV_SQRT2);
    }

    @Override
    protected boolean valid(double[] p) {
        return p[1] > 0 && Double.isFinite(p[1]);
    }
}
