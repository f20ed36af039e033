package io.upsilon.searches.llpscalar;

import org.hipparchus.special.Gamma;

/**
 * CLs upper limits on a signal count in the peak window of a hypothesis (A. L. Read, J. Phys. G 28
 * (2002) 2693): with n observed events and b expected background events,
 *
 * <pre>
 *   CLs(s) = P(N &lt;= n | s + b) / P(N &lt;= n | b),
 * </pre>
 *
 * and the limit s_up solves CLs(s_up) = 1 - CL. The Poisson probabilities are exact, because the
 * backgrounds of a displaced-vertex search are a few events per window, where the asymptotic
 * formulae of the profile likelihood do not hold (they give 1.92 instead of 3.00 signal events at
 * 95% CL and b = 0). The expected band: the limits at the 2.5, 16, 50, 84 and 97.5% quantiles of
 * the background-only count.
 */
final class CountingCls {
    /** The quantiles of the expected band (-2 sigma ... +2 sigma). */
    static final double[] BAND_QUANTILES = {0.02275, 0.15866, 0.5, 0.84134, 0.97725};

    private CountingCls() {}

    /** P(N &lt;= n) for a Poisson mean mu. */
    static double cdf(int n, double mu) {
        if (n < 0) {
            return 0;
        }
        if (mu <= 0) {
            return 1;
        }
        return Gamma.regularizedGammaQ(n + 1.0, mu);
    }

    /** The upper limit on the signal count at confidence level cl for n observed over b expected. */
    static double upperLimit(int n, double b, double cl) {
        if (!(cl > 0 && cl < 1) || !(b >= 0) || n < 0) {
            throw new IllegalArgumentException("expected 0 < cl < 1, b >= 0, n >= 0, got " + cl + ", " + b + ", " + n);
        }
        double alpha = 1 - cl;
        double pb = cdf(n, b);
        double lo = 0;
        double hi = Math.max(10, 3 * (n + 1) + 10 * Math.sqrt(n + 1.0));
        while (cdf(n, hi + b) / pb > alpha) {
            hi *= 2;
        }
        for (int it = 0; it < 100 && hi - lo > 1e-9 * hi; it++) {
            double mid = 0.5 * (lo + hi);
            if (cdf(n, mid + b) / pb > alpha) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The smallest n with P(N &lt;= n | b) &gt;= q. */
    static int quantile(double b, double q) {
        int n = 0;
        while (cdf(n, b) < q) {
            n++;
        }
        return n;
    }

    /** The expected limits (-2 sigma, -1 sigma, median, +1 sigma, +2 sigma) for background b. */
    static double[] expectedBand(double b, double cl) {
        double[] band = new double[BAND_QUANTILES.length];
        for (int i = 0; i < band.length; i++) {
            band[i] = upperLimit(quantile(b, BAND_QUANTILES[i]), b, cl);
        }
        return band;
    }
}
