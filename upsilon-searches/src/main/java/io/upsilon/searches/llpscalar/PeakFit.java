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
 * (the extended likelihood, R. Barlow, NIM A 297 (1990) 496). Both yields enter linearly inside the
 * logarithm, so -ln L is convex and Newton's method with step halving finds its minimum in a few
 * steps; N_s may be negative down to where the density at the peak vanishes. Events further than
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
        double nll0 = nll(0, n, g, b, out);
        if (k == 0) {
            // No event near the peak: N^_s at its lower bound would only lower the likelihood of
            // the events elsewhere through N_b; the best fit puts N_s = 0... unless a deficit is
            // preferred, which the bound below limits. Report the background-only fit.
            return new Result(0, n, 0, 0, 0);
        }
        double sMin = -shape.density(m0) / gauss(m0, m0, sigma); // per unit N_b: density at the peak >= 0
        double s = 0;
        double bb = n;
        double f = nll0;
        int it = 0;
        for (; it < MAX_ITERATIONS; it++) {
            double gs = 1;
            double gb = 1 - (out > 0 ? out / bb : 0);
            double hss = 0;
            double hsb = 0;
            double hbb = out > 0 ? out / (bb * bb) : 0;
            for (int i = 0; i < k; i++) {
                double d = s * g[i] + bb * b[i];
                double rg = g[i] / d;
                double rb = b[i] / d;
                gs -= rg;
                gb -= rb;
                hss += rg * rg;
                hsb += rg * rb;
                hbb += rb * rb;
            }
            double det = hss * hbb - hsb * hsb;
            if (!(det > 0)) {
                break;
            }
            double ds = -(hbb * gs - hsb * gb) / det;
            double db = -(-hsb * gs + hss * gb) / det;
            double step = 1;
            boolean moved = false;
            for (int h = 0; h < 40; h++) {
                double s2 = s + step * ds;
                double b2 = bb + step * db;
                if (b2 > 0 && s2 >= sMin * b2) {
                    double f2 = nll(s2, b2, g, b, out);
                    if (f2 <= f) {
                        moved = f - f2 > 1e-12 || Math.abs(step * ds) > 1e-9;
                        s = s2;
                        bb = b2;
                        f = f2;
                        break;
                    }
                }
                step *= 0.5;
            }
            if (!moved) {
                break;
            }
        }
        double q0 = Math.max(0, 2 * (nll0 - f));
        double z = Math.copySign(Math.sqrt(q0), s);
        return new Result(s, bb, q0, z, it);
    }

    /** -ln L up to a constant (the background densities of the events far from the peak). */
    private static double nll(double s, double bb, double[] g, double[] b, int out) {
        double v = s + bb - (out > 0 ? out * Math.log(bb) : 0);
        for (int i = 0; i < g.length; i++) {
            double d = s * g[i] + bb * b[i];
            if (!(d > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            v -= Math.log(d);
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
