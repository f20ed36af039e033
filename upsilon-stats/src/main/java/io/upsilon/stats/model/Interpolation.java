package io.upsilon.stats.model;

/**
 * HistFactory interpolation codes as pyhf defines them. Normsys codes interpolate a multiplicative
 * factor between the ratios {@code lo} (alpha = -1), 1 (alpha = 0) and {@code hi} (alpha = +1);
 * histosys codes interpolate an additive shift of one bin between {@code lo}, {@code nom} and {@code hi}.
 */
public final class Interpolation {

    private Interpolation() {}

    /** Normsys interpolation code. */
    public enum NormsysCode {
        /** Exponential: hi^alpha for alpha >= 0, lo^-alpha below. */
        CODE1,
        /** pyhf's default: 6th-order polynomial for |alpha| < 1, exponential outside. */
        CODE4
    }

    /** Histosys interpolation code. */
    public enum HistosysCode {
        /** Piecewise linear. */
        CODE0,
        /** pyhf's default: 6th-order polynomial for |alpha| < 1, linear outside. */
        CODE4P
    }

    /** Code 1 factor. */
    public static double code1(double alpha, double hi, double lo) {
        return alpha >= 0 ? Math.pow(hi, alpha) : Math.pow(lo, -alpha);
    }

    /** Derivative of the code 1 factor with respect to alpha. */
    public static double code1Derivative(double alpha, double hi, double lo) {
        return alpha >= 0 ? Math.pow(hi, alpha) * Math.log(hi) : -Math.pow(lo, -alpha) * Math.log(lo);
    }

    /**
     * The six coefficients a_1..a_6 of code 4's polynomial 1 + sum a_i alpha^i: the unique polynomial
     * matching the exponential extrapolation's value, slope and curvature at alpha = +-1.
     */
    public static double[] code4Coefficients(double hi, double lo) {
        double lh = Math.log(hi);
        double ll = Math.log(lo);
        // Conditions at +1: f = hi, f' = hi ln hi, f'' = hi ln^2 hi; at -1: f = lo, f' = -lo ln lo, f'' = lo ln^2 lo.
        double s0 = 0.5 * (hi + lo);
        double a0 = 0.5 * (hi - lo);
        double s1 = 0.5 * (hi * lh - lo * ll);
        double a1 = 0.5 * (hi * lh + lo * ll);
        double s2 = 0.5 * (hi * lh * lh + lo * ll * ll);
        double a2 = 0.5 * (hi * lh * lh - lo * ll * ll);
        // Even part e(a) = c2 a^2 + c4 a^4 + c6 a^6 with e(1) = s0 - 1, e'(1) = a1, e''(1) = s2;
        // odd part o(a) = c1 a + c3 a^3 + c5 a^5 with o(1) = a0, o'(1) = s1, o''(1) = a2.
        double e0 = s0 - 1;
        // Solve [1 1 1; 2 4 6; 2 12 30] (c2 c4 c6) = (e0 a1 s2).
        double c2 = (24 * e0 - 9 * a1 + s2) / 8;
        double c4 = (-12 * e0 + 7 * a1 - s2) / 4;
        double c6 = (8 * e0 - 5 * a1 + s2) / 8;
        // Solve [1 1 1; 1 3 5; 0 6 20] (c1 c3 c5) = (a0 s1 a2).
        double c1 = (15 * a0 - 7 * s1 + a2) / 8;
        double c3 = (-5 * a0 + 5 * s1 - a2) / 4;
        double c5 = (3 * a0 - 3 * s1 + a2) / 8;
        return new double[] {c1, c2, c3, c4, c5, c6};
    }

    /** Code 4 factor, given the coefficients from {@link #code4Coefficients}. */
    public static double code4(double alpha, double hi, double lo, double[] c) {
        if (alpha >= 1 || alpha <= -1) {
            return code1(alpha, hi, lo);
        }
        double a = alpha;
        return 1 + a * (c[0] + a * (c[1] + a * (c[2] + a * (c[3] + a * (c[4] + a * c[5])))));
    }

    /** Derivative of the code 4 factor with respect to alpha. */
    public static double code4Derivative(double alpha, double hi, double lo, double[] c) {
        if (alpha >= 1 || alpha <= -1) {
            return code1Derivative(alpha, hi, lo);
        }
        double a = alpha;
        return c[0] + a * (2 * c[1] + a * (3 * c[2] + a * (4 * c[3] + a * (5 * c[4] + a * 6 * c[5]))));
    }

    /** Code 0 additive shift of one bin. */
    public static double code0(double alpha, double nom, double hi, double lo) {
        return alpha >= 0 ? alpha * (hi - nom) : alpha * (nom - lo);
    }

    /** Derivative of the code 0 shift. */
    public static double code0Derivative(double alpha, double nom, double hi, double lo) {
        return alpha >= 0 ? hi - nom : nom - lo;
    }

    /** Code 4p additive shift of one bin. */
    public static double code4p(double alpha, double nom, double hi, double lo) {
        if (alpha > 1 || alpha < -1) {
            return code0(alpha, nom, hi, lo);
        }
        double up = hi - nom;
        double dn = nom - lo;
        double s = 0.5 * (up + dn);
        double a = 0.0625 * (up - dn);
        double a2 = alpha * alpha;
        return alpha * (s + alpha * a * (a2 * (3 * a2 - 10) + 15));
    }

    /** Derivative of the code 4p shift. */
    public static double code4pDerivative(double alpha, double nom, double hi, double lo) {
        if (alpha > 1 || alpha < -1) {
            return code0Derivative(alpha, nom, hi, lo);
        }
        double up = hi - nom;
        double dn = nom - lo;
        double s = 0.5 * (up + dn);
        double a = 0.0625 * (up - dn);
        double a2 = alpha * alpha;
        return s + a * alpha * (18 * a2 * a2 - 40 * a2 + 30);
    }
}
