package io.upsilon.stats.unbinned;

import java.util.List;

/**
 * Double-sided Crystal Ball: Gaussian core for -alphaLow <= t <= alphaHigh (t = (x - mean)/sigma)
 * with independent power-law tails on both sides (the high tail is the low tail mirrored, t -> -t).
 * Normalised analytically as {@link CrystalBall}.
 */
public final class DoubleCrystalBall extends ShapePdf {

    /**
     * @param x observable
     * @param mean peak position
     * @param sigma core width, > 0
     * @param alphaLow low-side tail start in units of sigma, > 0
     * @param nLow low-side exponent, > 0
     * @param alphaHigh high-side tail start in units of sigma, > 0
     * @param nHigh high-side exponent, > 0 (may be the same parameter as {@code nLow})
     */
    public DoubleCrystalBall(
            Observable x,
            Parameter mean,
            Parameter sigma,
            Parameter alphaLow,
            Parameter nLow,
            Parameter alphaHigh,
            Parameter nHigh) {
        super(
                x,
                List.of(
                        mean,
                        requireAbove(sigma, 0, "double Crystal Ball sigma"),
                        requireAbove(alphaLow, 0, "double Crystal Ball alphaLow"),
                        requireAbove(nLow, 0, "double Crystal Ball nLow"),
                        requireAbove(alphaHigh, 0, "double Crystal Ball alphaHigh"),
                        requireAbove(nHigh, 0, "double Crystal Ball nHigh")));
    }

    @Override
    protected double unnormalized(double x, double[] p) {
        double t = (x - p[0]) / p[1];
        if (t < -p[2]) {
            return CrystalBallMath.tail(t, p[2], p[3]);
        }
        if (t > p[4]) {
            return CrystalBallMath.tail(-t, p[4], p[5]);
        }
        return Math.exp(-0.5 * t * t);
    }

    @Override
    protected double integral(double a, double b, double[] p) {
        double s = p[1];
        double ta = (a - p[0]) / s;
        double tb = (b - p[0]) / s;
        double aL = p[2];
        double aH = p[4];
        double low = CrystalBallMath.tailIntegral(ta, Math.min(tb, -aL), aL, p[3]);
        double core = CrystalBallMath.gaussIntegral(Math.max(ta, -aL), Math.min(tb, aH));
        double high = CrystalBallMath.tailIntegral(-tb, Math.min(-ta, -aH), aH, p[5]);
        return s * (low + core + high);
    }

    @Override
    protected boolean valid(double[] p) {
        return p[1] > 0
                && p[2] > 0
                && p[3] > 0
                && p[4] > 0
                && p[5] > 0
                && Double.isFinite(p[1] + p[2] + p[3] + p[4] + p[5]);
    }
}
