package io.upsilon.searches.sin2phi1;

/**
 * The Delta t resolution function with per-event error scaling: the residual Delta t(measured) -
 * Delta t(generated) of an event with error sigma_i is distributed as (1 - fTail) N(mean sigma_i,
 * sCore sigma_i) + fTail N(mean sigma_i, sTail sigma_i) (a core and a tail Gaussian in units of the
 * per-event error, as in Belle II's sin 2 phi_1 measurement, PRD 108, 012001). The parameters are
 * fitted by {@link #fit} to the pulls of truth-matched simulated signal.
 *
 * @param mean common mean of the pulls
 * @param sCore width of the core, in units of sigma_i
 * @param sTail width of the tail, in units of sigma_i
 * @param fTail fraction of the tail
 */
public record ResolutionFunction(double mean, double sCore, double sTail, double fTail) {
    /** Validates: widths &gt; 0, 0 &lt;= fTail &lt; 1. */
    public ResolutionFunction {
        if (!(sCore > 0 && sTail > 0 && fTail >= 0 && fTail < 1 && Double.isFinite(mean))) {
            throw new IllegalArgumentException(
                    "expected widths > 0, 0 <= fTail < 1, got " + sCore + ", " + sTail + ", " + fTail);
        }
    }

    /** The density of pull {@code x}. */
    public double density(double x) {
        return (1 - fTail) * gauss(x - mean, sCore) + fTail * gauss(x - mean, sTail);
    }

    static double gauss(double x, double s) {
        return Math.exp(-0.5 * x * x / (s * s)) / (Math.sqrt(2 * Math.PI) * s);
    }

    /**
     * The maximum-likelihood double Gaussian with a common mean for {@code pulls}, by
     * expectation-maximisation (A. P. Dempster, N. M. Laird, D. B. Rubin, J. R. Stat. Soc. B 39
     * (1977) 1): start from a core of the sample's inter-quartile width and a tail three times
     * wider, iterate to convergence.
     */
    public static ResolutionFunction fit(double[] pulls) {
        int n = pulls.length;
        if (n < 20) {
            throw new IllegalArgumentException("need at least 20 pulls for the resolution fit, got " + n);
        }
        double[] sorted = pulls.clone();
        java.util.Arrays.sort(sorted);
        double mean = sorted[n / 2];
        double sc = Math.max(1e-3, (sorted[3 * n / 4] - sorted[n / 4]) / 1.349);
        double st = 3 * sc;
        double f = 0.1;
        double[] r = new double[n];
        for (int iter = 0; iter < 2000; iter++) {
            for (int i = 0; i < n; i++) {
                double d = pulls[i] - mean;
                double t = f * gauss(d, st);
                double c = (1 - f) * gauss(d, sc);
                r[i] = t + c > 0 ? t / (t + c) : 1;
            }
            double sr = 0;
            double num = 0;
            double den = 0;
            for (int i = 0; i < n; i++) {
                sr += r[i];
                double wgt = (1 - r[i]) / (sc * sc) + r[i] / (st * st);
                num += wgt * pulls[i];
                den += wgt;
            }
            double newMean = num / den;
            double vc = 0;
            double vt = 0;
            for (int i = 0; i < n; i++) {
                double d = pulls[i] - newMean;
                vc += (1 - r[i]) * d * d;
                vt += r[i] * d * d;
            }
            double newF = Math.min(sr / n, 0.999);
            double newSc = Math.sqrt(vc / Math.max(n - sr, 1e-9));
            double newSt = sr > 1e-9 ? Math.sqrt(vt / sr) : st;
            boolean done = Math.abs(newMean - mean) < 1e-9
                    && Math.abs(newSc - sc) < 1e-9
                    && Math.abs(newSt - st) < 1e-9
                    && Math.abs(newF - f) < 1e-9;
            mean = newMean;
            sc = Math.max(newSc, 1e-6);
            st = Math.max(newSt, 1e-6);
            f = newF;
            if (done) {
                break;
            }
        }
        // Name the narrower Gaussian the core.
        return sc <= st ? new ResolutionFunction(mean, sc, st, f) : new ResolutionFunction(mean, st, sc, 1 - f);
    }
}
