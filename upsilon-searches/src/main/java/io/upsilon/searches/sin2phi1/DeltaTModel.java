package io.upsilon.searches.sin2phi1;

import io.upsilon.core.random.RandomStream;

/**
 * The Delta t distributions of the fit, convolved with the {@link ResolutionFunction} at a given
 * per-event error sigma_i. For the signal (Belle, PRL 108, 171802 (2012), Eq. (1); Belle II, PRD
 * 108, 012001 (2023)), with tag flavour q and r-bin l,
 *
 * <pre>
 *   P(Delta t, q) = e^(-|Delta t|/tau) / (4 tau) {1 - q Delta w_l + q (1 - 2 w_l) [S sin(dm Delta t) - C cos(dm Delta t)]}
 * </pre>
 *
 * so after the convolution the signal density is (E (1 - q Delta w_l) + q (1 - 2 w_l)(S Sn - C
 * Cs)) / 2 with E, Sn, Cs the convolutions of e^(-|t|/tau)/(2 tau) times 1, sin(dm t), cos(dm t):
 * linear in S and C. The background has no asymmetry: (f_prompt R + (1 - f_prompt) E_bkg) / 2.
 * Summed over q and integrated over Delta t every part is normalised independently of S and C.
 *
 * <p>The convolutions are computed numerically: Simpson's rule over +-8 Gaussian widths around the
 * point, split at t = 0 where e^(-|t|/tau) has its cusp (checked against the closed form of E with
 * erfc in the tests).
 */
final class DeltaTModel {
    private static final int STEPS = 64;
    private static final double HALF_RANGE = 8;

    private final double tau;
    private final double dm;
    private final ResolutionFunction resolution;

    DeltaTModel(double tau, double dm, ResolutionFunction resolution) {
        if (!(tau > 0 && dm > 0)) {
            throw new IllegalArgumentException("expected tau > 0 and dm > 0");
        }
        this.tau = tau;
        this.dm = dm;
        this.resolution = resolution;
    }

    double tau() {
        return tau;
    }

    double deltaM() {
        return dm;
    }

    ResolutionFunction resolution() {
        return resolution;
    }

    /**
     * {E, Sn, Cs} at {@code deltaT} for per-event error {@code sigma} and lifetime {@code lifetime}
     * (the B0's, or the background's effective one); without convolution when sigma is 0.
     */
    double[] terms(double deltaT, double sigma, double lifetime) {
        if (sigma == 0) {
            double e = Math.exp(-Math.abs(deltaT) / lifetime) / (2 * lifetime);
            return new double[] {e, e * Math.sin(dm * deltaT), e * Math.cos(dm * deltaT)};
        }
        double[] core = gaussConvolved(deltaT - resolution.mean() * sigma, resolution.sCore() * sigma, lifetime);
        double[] tail = gaussConvolved(deltaT - resolution.mean() * sigma, resolution.sTail() * sigma, lifetime);
        double f = resolution.fTail();
        return new double[] {
            (1 - f) * core[0] + f * tail[0], (1 - f) * core[1] + f * tail[1], (1 - f) * core[2] + f * tail[2]
        };
    }

    /** The resolution function itself at {@code deltaT} (a prompt component). */
    double prompt(double deltaT, double sigma) {
        return resolution.density(deltaT / sigma) / sigma;
    }

    /** int e^(-|t|/L)/(2L) {1, sin(dm t), cos(dm t)} N(x - t; 0, w) dt. */
    double[] gaussConvolved(double x, double w, double lifetime) {
        double lo = x - HALF_RANGE * w;
        double hi = x + HALF_RANGE * w;
        double[] out = new double[3];
        if (lo < 0 && hi > 0) {
            simpson(lo, 0, x, w, lifetime, out);
            simpson(0, hi, x, w, lifetime, out);
        } else {
            simpson(lo, hi, x, w, lifetime, out);
        }
        return out;
    }

    private void simpson(double a, double b, double x, double w, double lifetime, double[] out) {
        double h = (b - a) / STEPS;
        double norm = 1 / (Math.sqrt(2 * Math.PI) * w * 2 * lifetime);
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        for (int k = 0; k <= STEPS; k++) {
            double t = a + k * h;
            double c = k == 0 || k == STEPS ? 1 : (k % 2 == 1 ? 4 : 2);
            double d = (x - t) / w;
            double v = c * Math.exp(-Math.abs(t) / lifetime - 0.5 * d * d);
            s0 += v;
            s1 += v * Math.sin(dm * t);
            s2 += v * Math.cos(dm * t);
        }
        double f = norm * h / 3;
        out[0] += f * s0;
        out[1] += f * s1;
        out[2] += f * s2;
    }

    /**
     * A generated (Delta t, tag flavour) pair of the signal with S and C: returns {t, qTrue}; t
     * from e^(-|t|/tau) by accept-reject on 1 + q (S sin - C cos).
     */
    double[] generateSignal(double s, double c, RandomStream rng) {
        double max = 1 + Math.hypot(s, c);
        while (true) {
            double t = rng.nextExponential() * tau * (rng.nextDouble() < 0.5 ? -1 : 1);
            int q = rng.nextDouble() < 0.5 ? 1 : -1;
            double p = 1 + q * (s * Math.sin(dm * t) - c * Math.cos(dm * t));
            if (rng.nextDouble() * max < p) {
                return new double[] {t, q};
            }
        }
    }

    /** A residual Delta t(measured) - Delta t(true) for per-event error sigma. */
    double smear(double sigma, RandomStream rng) {
        double width = rng.nextDouble() < resolution.fTail() ? resolution.sTail() : resolution.sCore();
        return sigma * (resolution.mean() + width * rng.nextGaussian());
    }
}
