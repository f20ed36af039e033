package io.upsilon.stats.unbinned;

import java.util.List;

/**
 * Crystal Ball: a Gaussian core with a power-law tail on the low side, t = (x - mean)/sigma,
 * f = exp(-t^2/2) for t > -alpha, A (B - t)^-n below (continuous with continuous first derivative;
 * see {@link CrystalBallMath}). Normalised analytically: error function for the core, the power
 * law's antiderivative for the tail. Any n > 0 is allowed since the range is finite.
 */
public final class CrystalBall extends ShapePdf {

    /**
     * @param x observable
     * @param mean peak position
     * @param sigma core width, > 0
     * @param alpha tail start in units of sigma, > 0
     * @param n tail exponent, > 0
     */
    public CrystalBall(Observable x, Parameter mean, Parameter sigma, Parameter alpha, Parameter n) {
        super(
                x,
                List.of(
                        mean,
                        requireAbove(sigma, 0, "Crystal Ball sigma"),
                        requireAbove(alpha, 0, "Crystal Ball alpha"),
                        requireAbove(n, 0, "Crystal Ball n")));
    }

    @Override
    protected double unnormalized(double x, double[] p) {
        double t = (x - p[0]) / p[1];
        double alpha = p[2];
        return t > -alpha ? Math.exp(-0.5 * t * t) : CrystalBallMath.tail(t, alpha, p[3]);
    }

    @Override
    protected double integral(double a, double b, double[] p) {
        double s = p[1];
        return s * CrystalBallMath.oneSidedIntegral((a - p[0]) / s, (b - p[0]) / s, p[2], p[3]);
    }

    @Override
    protected boolean valid(double[] p) {
        return p[1] > 0 && p[2] > 0 && p[3] > 0 && Double.isFinite(p[1] + p[2] + p[3]);
    }
}
