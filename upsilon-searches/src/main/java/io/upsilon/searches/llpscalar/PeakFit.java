package io.upsilon.searches.llpscalar;

import java.util.Arrays;

/**
 * The extended unbinned maximum-likelihood fit of one mass hypothesis: a Gaussian peak of the
 * resolution at that mass, yield N_s, over the smooth background shape, yield N_b,
 *
 * <pre>
 *   -ln L(N_s, N_b) = N_s + N_b - sum_i ln(N_s g(x_i) + N_b b(x_i))
 * </pre>
 *
 * (the extended likelihood, R. Barlow, NIM A 297 (1990) 496). At its maximum N_s + N_b = n, the number of
 * events, so the fit is one-dimensional in the signal fraction f = N_s / n, where ln L is concave: a
 * safeguarded Newton iteration finds it in a few steps. f may be negative down to where the density at
 * the peak or at an event vanishes. Events further than
 * {@link #WINDOW_SIGMAS} resolutions from the peak have g = 0 to double precision and enter only
 * through their count, so a fit costs a loop over the events near the peak: the whole scan of ~2000
 * hypotheses takes milliseconds (the generic {@code io.upsilon.stats.unbinned.UnbinnedFitter} fits
 * the same model, and {@code PeakFitTest} checks the two agree; it is kept for the one-off fits).
 *
 * <p>The background-only fit has N_b = n (the number of events) exactly, so the local
 * significance of the discovery test statistic q_0 = 2 (ln L(N^_s, N^_b) - ln L(0, n)) is Z =
 * sign(N^_s) sqrt(q_0) (Cowan, Cranmer, Gross, Vitells, EPJC 71 (2011) 1554, Eq. 12 and 52 with a
 * signed root).
 */
final class PeakFit {
    /** Half-width of the region around the peak where g is evaluated, in resolutions. */
    static final double WINDOW_SIGMAS = 9;

    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final int MAX_ITERATIONS = 60;

    private PeakFit() {}

    /**
     * The fit of one hypothesis.
     *
     * @param signal fitted signal yield N^_s
     * @param background fitted background yield N^_b
     * @param q0 the discovery test statistic (0 when N^_s &lt;= 0 is not excluded: it is signed by Z)
     * @param localZ signed local significance
     * @param iterations Newton steps taken
     */
    record Result(double signal, double background, double q0, double localZ, int iterations) {}

    /** The Gaussian density of mean m and width s at x. */
    static double gauss(double x, double m, double s) {
        double u = (x - m) / s;
        return INV_SQRT_2PI / s * Math.exp(-0.5 * u * u);
    }

    /**
     * Fits the hypothesis (mass m0, resolution sigma) to the values {@code sorted} (ascending, all
     * inside the background shape's range).
     */
    static Result fit(double[] sorted, double m0, double sigma, BackgroundShape shape) {
        int n = sorted.length;
        if (n == 0) {
            return new Result(0, 0, 0, 0, 0);
        }
        int from = lowerBound(sorted, m0 - WINDOW_SIGMAS * sigma);
        int to = lowerBound(sorted, m0 + WINDOW_SIGMAS * sigma);
        int k = to - from;
        int out = n - k;
        double[] g = new double[k];
        double[] b = new double[k];
        for (int i = 0; i < k; i++) {
            double x = sorted[from + i];
            g[i] = gauss(x, m0, sigma);
            b[i] = shape.density(x);
        }
        if (k == 0) {
            // No event near the peak: the best fit is the background-only one.
            return new Result(0, n, 0, 0, 0);
        }
        // The fraction f = N_s / (N_s + N_b): the total is n at the maximum, and
        // ln L(f) = out ln(1 - f) + sum_window ln(f (g_i - b_i) + b_i) + const is concave in f.
        // f may be negative while the density stays positive at the peak and at every event.
        double fMin = -shape.density(m0) / (gauss(m0, m0, sigma) - shape.density(m0));
        for (int i = 0; i < k; i++) {
            if (g[i] > b[i]) {
                fMin = Math.max(fMin, -b[i] / (g[i] - b[i]));
            }
        }
        double lo = fMin;
        double hi = 1;
        double f;
        int it = 0;
        if (slope(lo, g, b, out) <= 0) {
            f = lo;
        } else if (out == 0 && slope(1, g, b, 0) >= 0) {
            f = 1;
        } else {
            // Safeguarded Newton on the decreasing slope: keep slope(lo) > 0 > slope(hi).
            f = 0;
            for (; it < MAX_ITERATIONS; it++) {
                double d1 = slope(f, g, b, out);
                if (d1 > 0) {
                    lo = f;
                } else {
                    hi = f;
                }
                double d2 = curvature(f, g, b, out);
                double next = f - d1 / d2;
                if (!(next > lo && next < hi)) {
                    next = 0.5 * (lo + hi);
                }
                if (Math.abs(next - f) < 1e-12 || hi - lo < 1e-14) {
                    f = next;
                    break;
                }
                f = next;
            }
        }
        double q0 = Math.max(0, 2 * (logL(f, g, b, out) - logL(0, g, b, out)));
        double z = Math.copySign(Math.sqrt(q0), f);
        return new Result(n * f, n * (1 - f), q0, f == 0 ? 0 : z, it);
    }

    /** ln L(f) up to a constant. */
    private static double logL(double f, double[] g, double[] b, int out) {
        double v = out > 0 ? out * Math.log1p(-f) : 0;
        for (int i = 0; i < g.length; i++) {
            v += Math.log(f * (g[i] - b[i]) + b[i]);
        }
        return v;
    }

    /** d ln L / df. */
    private static double slope(double f, double[] g, double[] b, int out) {
        double v = out > 0 ? -out / (1 - f) : 0;
        for (int i = 0; i < g.length; i++) {
            v += (g[i] - b[i]) / (f * (g[i] - b[i]) + b[i]);
        }
        return v;
    }

    /** d^2 ln L / df^2 (negative). */
    private static double curvature(double f, double[] g, double[] b, int out) {
        double v = out > 0 ? -out / ((1 - f) * (1 - f)) : 0;
        for (int i = 0; i < g.length; i++) {
            double r = (g[i] - b[i]) / (f * (g[i] - b[i]) + b[i]);
            v -= r * r;
        }
        return v;
    }

    /** The first index whose value is &gt;= x. */
    static int lowerBound(double[] sorted, double x) {
        int i = Arrays.binarySearch(sorted, x);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == x) {
            i--;
        }
        return i;
    }

    /**
     * The expected error of N_s for a background-only Asimov dataset with B expected background
     * events of this shape: the Fisher information of the two yields at (0, B) gives
     * sigma_A^2 = B / (integral g^2/b dx - 1), and for a Gaussian over a locally exponential
     * background integral g^2/b dx = exp(lambda^2 sigma^2/4) / (2 sqrt(pi) sigma b(m0)) (the
     * effective width 2 sqrt(pi) sigma of a Gaussian peak). Infinite when the peak cannot be told
     * from the background.
     */
    static double asimovSigma(double expectedBackground, BackgroundShape shape, double m0, double sigma) {
        double bm = shape.density(m0);
        double lambda = shape.lambda();
        double integral = Math.exp(lambda * lambda * sigma * sigma / 4) / (2 * Math.sqrt(Math.PI) * sigma * bm);
        if (!(integral > 1) || !(expectedBackground > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(expectedBackground / (integral - 1));
    }
}
