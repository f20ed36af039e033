package io.upsilon.stats.unbinned;

import org.hipparchus.special.Erf;

/**
 * Crystal Ball pieces in the standardised variable t = (x - mean) / sigma: the Gaussian core
 * exp(-t^2/2) and the power-law low tail for t < -alpha, A (B - t)^-n with A = (n/alpha)^n
 * exp(-alpha^2/2) and B = n/alpha - alpha (Gaiser, SLAC-R-255, 1982), written as
 * exp(-alpha^2/2) u^-n with u = 1 - alpha (t + alpha) / n so that large n do not overflow.
 */
final class CrystalBallMath {

    private CrystalBallMath() {}

    /** The low tail at t <= -alpha. */
    static double tail(double t, double alpha, double n) {
        double u = 1 - alpha * (t + alpha) / n;
        return Math.exp(-0.5 * alpha * alpha - n * Math.log(u));
    }

    /**
     * ∫_{t1}^{t2} of the low tail, t1 <= t2 <= -alpha: exp(-alpha^2/2) n/(alpha(n-1)) (u2^(1-n) -
     * u1^(1-n)), written with expm1 so that it stays exact through n = 1 (where it becomes a log).
     */
    static double tailIntegral(double t1, double t2, double alpha, double n) {
        if (!(t2 > t1)) {
            return 0;
        }
        double u1 = 1 - alpha * (t1 + alpha) / n;
        double u2 = 1 - alpha * (t2 + alpha) / n;
        double lr = Math.log(u1 / u2);
        double m = 1 - n;
        // (u2^m - u1^m) / (n - 1) = u2^m (1 - (u1/u2)^m) / (n - 1) = u2^m expm1(m lr) / m
        double core = m == 0 ? lr : Math.expm1(m * lr) / m;
        return Math.exp(-0.5 * alpha * alpha + m * Math.log(u2)) * (n / alpha) * core;
    }

    /** ∫_{t1}^{t2} exp(-t^2/2) dt. */
    static double gaussIntegral(double t1, double t2) {
        if (!(t2 > t1)) {
            return 0;
        }
        return Gaussian.SQRT_HALF_PI * Erf.erf(t1 * Gaussian.INV_SQRT2, t2 * Gaussian.INV_SQRT2);
    }

    /** ∫_{t1}^{t2} of the one-sided (low-tail) shape with tail parameters alpha, n. */
    static double oneSidedIntegral(double t1, double t2, double alpha, double n) {
        return tailIntegral(t1, Math.min(t2, -alpha), alpha, n) + gaussIntegral(Math.max(t1, -alpha), t2);
    }
}
