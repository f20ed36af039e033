package io.upsilon.searches.llpscalar;

import io.upsilon.core.random.RandomStream;

/**
 * The smooth background of the reduced-mass fit: an exponential exp(-lambda x) normalised on the fit
 * range [lo, hi] (lambda may be negative or zero, then it is flat). Its slope is fitted once to the
 * whole range (background only) and kept in every hypothesis' fit, where only the two yields float.
 *
 * @param lambda slope, 1/GeV
 * @param lo lower edge of the fit range, GeV
 * @param hi upper edge
 */
record BackgroundShape(double lambda, double lo, double hi) {
    /** Largest |lambda| x (hi - lo) the fit explores: beyond it the shape is a spike at one edge. */
    static final double MAX_SLOPE_RANGE = 50;

    /** Validates the range and slope. */
    BackgroundShape {
        if (!(hi > lo) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException(
                    "expected lo < hi and a finite slope, got " + lo + ", " + hi + ", " + lambda);
        }
    }

    /** The normalised density at x (0 outside the range). */
    double density(double x) {
        if (x < lo || x > hi) {
            return 0;
        }
        double w = hi - lo;
        double a = lambda * w;
        if (Math.abs(a) < 1e-9) {
            return 1 / w;
        }
        // exp(-lambda (x - lo)) / integral, written to stay finite for large |a|.
        double t = x - lo;
        if (a > 0) {
            return lambda * Math.exp(-lambda * t) / -Math.expm1(-a);
        }
        // lambda < 0: numerator and denominator multiplied by exp(a), both negative.
        return lambda * Math.exp(-lambda * (t - w)) / Math.expm1(a);
    }

    /** The mean of x under this shape. */
    double mean() {
        return lo + meanOffset(lambda, hi - lo);
    }

    /** Mean of t = x - lo for slope l on [0, w]. */
    private static double meanOffset(double l, double w) {
        double a = l * w;
        if (Math.abs(a) < 1e-6) {
            return w / 2 - a * w / 12;
        }
        // E[t] = 1/l - w / (exp(a) - 1)
        return 1 / l - w / Math.expm1(a);
    }

    /** The probability of [a, b] (clipped to the range). */
    double probability(double a, double b) {
        double x0 = Math.max(a, lo);
        double x1 = Math.min(b, hi);
        if (!(x1 > x0)) {
            return 0;
        }
        return cdf(x1) - cdf(x0);
    }

    /** The cumulative distribution at x in [lo, hi]. */
    double cdf(double x) {
        double w = hi - lo;
        double a = lambda * w;
        double t = Math.max(0, Math.min(w, x - lo));
        if (Math.abs(a) < 1e-9) {
            return t / w;
        }
        return Math.expm1(-lambda * t) / Math.expm1(-a);
    }

    /** One value drawn from the shape (inverse of its cumulative distribution). */
    double sample(RandomStream rng) {
        double u = rng.nextDouble();
        double w = hi - lo;
        double a = lambda * w;
        if (Math.abs(a) < 1e-9) {
            return lo + u * w;
        }
        // F(t) = (1 - exp(-l t)) / (1 - exp(-a))  =>  t = -log1p(u expm1(-a)) / l
        double t = -Math.log1p(u * Math.expm1(-a)) / lambda;
        return lo + Math.max(0, Math.min(w, t));
    }

    /**
     * The maximum-likelihood slope of weighted values in [lo, hi]: the truncated exponential's
     * likelihood equation sets its mean to the weighted sample mean, solved by bisection (the mean
     * falls monotonically with lambda). Values outside the range are ignored; with no value inside,
     * the flat shape.
     */
    static BackgroundShape fit(double[] x, double[] w, double lo, double hi) {
        double sw = 0;
        double swx = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= lo && x[i] <= hi) {
                sw += w[i];
                swx += w[i] * (x[i] - lo);
            }
        }
        double width = hi - lo;
        if (!(sw > 0)) {
            return new BackgroundShape(0, lo, hi);
        }
        double target = swx / sw;
        double a = -MAX_SLOPE_RANGE / width;
        double b = MAX_SLOPE_RANGE / width;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (a + b);
            if (meanOffset(mid, width) > target) {
                a = mid;
            } else {
                b = mid;
            }
        }
        return new BackgroundShape(0.5 * (a + b), lo, hi);
    }
}
