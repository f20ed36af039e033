package io.upsilon.generators.radiation;

/**
 * The collinear peak of photon emission off a charged particle moving with velocity v: the
 * density of cos(theta) (angle to the emitter) proportional to 1/(1 - v cos theta) on [-1, 1],
 * sampled by inverting its cumulative.
 */
public final class CollinearPhoton {
    private CollinearPhoton() {}

    /** cos(theta) to the emitter from a uniform {@code u} in [0, 1). */
    public static double cosTheta(double v, double u) {
        // CDF(c) = ln((1 + v)/(1 - v c)) / ln((1 + v)/(1 - v)); with R = (1+v)/(1-v): 1 - v c = (1 + v) R^-u.
        double logR = Math.log1p(v) - Math.log1p(-v);
        double c = (1 - (1 + v) * Math.exp(-u * logR)) / v;
        return Math.max(-1, Math.min(1, c));
    }
}
