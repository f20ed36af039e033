package io.upsilon.generators.fragmentation;

import io.upsilon.core.random.RandomStream;

/**
 * Samples the light-cone fraction z of a hadron from the Lund symmetric fragmentation function
 * (Andersson, Gustafson, Ingelman, Sjöstrand, Phys. Rept. 97 (1983) 31, eq. 4.38; PYTHIA 6.4
 * manual, hep-ph/0603175, sec. 12.1.4) in its general form
 *
 * <pre>  f(z) = z^-c (1 - z)^a exp(-B / z),  0 &lt; z &lt; 1,</pre>
 *
 * with {@code a = a_new}, {@code c = 1 + a_new - a_old + r_Q b m_Q^2} (flavour-dependent a of the
 * old and new flavours, and the Lund-Bowler factor of a heavy old flavour: M. G. Bowler, Z. Phys.
 * C11 (1981) 169) and {@code B = b m_T^2}.
 *
 * <p>Sampling is exact: in {@code t = ln z} the density {@code g(t) = f(e^t) e^t} has {@code ln g =
 * (1-c) t + a ln(1 - e^t) - B e^-t}, which is concave for {@code a >= 0, B > 0} (each term is), so
 * the minimum of the flat line through the mode and two tangents of {@code ln g} (at the mode
 * &plusmn; one curvature length) bounds it from above everywhere. Points are drawn from this
 * piecewise exponential envelope and accepted with probability g/envelope; the acceptance is
 * typically above 70 %.
 */
final class LundZSampler {
    private LundZSampler() {}

    /** ln f(z) up to a constant: {@code -c ln z + a ln(1 - z) - B / z}. */
    static double logDensity(double z, double a, double c, double bMt2) {
        return -c * Math.log(z) + (a == 0 ? 0 : a * Math.log1p(-z)) - bMt2 / z;
    }

    private static double slopeG(double t, double a, double c, double bMt2) {
        return slopeAt(t, Math.exp(t), a, c, bMt2);
    }

    /** ln g at t, with z = e^t already known. */
    private static double logAt(double t, double z, double a, double c, double bMt2) {
        return (1 - c) * t + (a == 0 ? 0 : a * Math.log1p(-z)) - bMt2 / z;
    }

    /** d ln g / dt at t, with z = e^t already known. */
    private static double slopeAt(double t, double z, double a, double c, double bMt2) {
        return (1 - c) - (a == 0 ? 0 : a * z / (1 - z)) + bMt2 / z;
    }

    /** The mode of f(z) z in (0, 1], from the quadratic (1-c+a) z^2 - (1-c-B) z - B = 0. */
    static double mode(double a, double c, double bMt2) {
        if (a == 0 && 1 - c + bMt2 >= 0) {
            return 1; // still rising at z = 1
        }
        double qa = 1 - c + a;
        double qb = c - 1 + bMt2;
        double qc = -bMt2;
        double z;
        if (Math.abs(qa) < 1e-12) {
            z = -qc / qb;
        } else {
            double sq = Math.sqrt(Math.max(qb * qb - 4 * qa * qc, 0));
            double q = -0.5 * (qb + Math.copySign(sq, qb));
            double r1 = q / qa;
            double r2 = q != 0 ? qc / q : Double.NaN;
            z = r1 > 0 && r1 < 1 ? r1 : r2;
        }
        if (!(z > 0 && z < 1)) {
            z = bisectMode(a, c, bMt2);
        }
        return z;
    }

    /** Fallback: the root of the (decreasing) slope of ln g by bisection in t. */
    private static double bisectMode(double a, double c, double bMt2) {
        double lo = -50;
        double hi = -1e-15;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (slopeG(mid, a, c, bMt2) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.exp(0.5 * (lo + hi));
    }

    /**
     * One z from f(z).
     *
     * @param a the exponent of (1 - z), {@code >= 0}
     * @param c the exponent of 1/z
     * @param bMt2 b m_T^2, {@code > 0}
     */
    static double sample(double a, double c, double bMt2, RandomStream rng) {
        double zMode = mode(a, c, bMt2);
        double tMode = Math.log(zMode);
        double hMode = logAt(tMode, zMode, a, c, bMt2);
        double curvature = (zMode < 1 ? a * zMode / ((1 - zMode) * (1 - zMode)) : 0) + bMt2 / zMode;
        double delta = 1 / Math.sqrt(curvature);
        double tL = tMode - delta;
        double zL = Math.exp(tL);
        double sL = slopeAt(tL, zL, a, c, bMt2);
        double x1 = tL - (logAt(tL, zL, a, c, bMt2) - hMode) / sL;
        double areaL = 1 / sL;
        double tR = tMode + delta;
        boolean right = false;
        double x2 = 0;
        double lambda = 0;
        double areaR = 0;
        double rightTail = 0;
        if (tR < 0) {
            double zR = Math.exp(tR);
            double sR = slopeAt(tR, zR, a, c, bMt2);
            x2 = tR - (logAt(tR, zR, a, c, bMt2) - hMode) / sR;
            if (sR < 0 && x2 < 0) {
                right = true;
                lambda = -sR;
                rightTail = -Math.expm1(lambda * x2); // 1 - exp(-lambda L), L = -x2
                areaR = rightTail / lambda;
            }
        }
        double xEnd = right ? x2 : 0;
        double areaM = xEnd - x1;
        double total = areaL + areaM + areaR;
        while (true) {
            double u = rng.nextDouble() * total;
            double t;
            double logEnvelope;
            if (u < areaL) {
                t = x1 + Math.log(rng.nextOpenDouble()) / sL;
                logEnvelope = sL * (t - x1);
            } else if (u < areaL + areaM) {
                t = x1 + areaM * rng.nextDouble();
                logEnvelope = 0;
            } else {
                double y = -Math.log1p(-rng.nextDouble() * rightTail) / lambda;
                t = x2 + y;
                logEnvelope = -lambda * y;
            }
            if (!(t < 0)) {
                continue;
            }
            double z = Math.exp(t);
            double logAccept = logAt(t, z, a, c, bMt2) - hMode - logEnvelope;
            if (Math.log(rng.nextOpenDouble()) <= logAccept) {
                return z;
            }
        }
    }
}
