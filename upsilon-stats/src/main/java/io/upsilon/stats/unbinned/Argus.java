package io.upsilon.stats.unbinned;

import java.util.List;
import org.hipparchus.special.Erf;

/**
 * ARGUS background (ARGUS Collaboration, Phys. Lett. B 241 (1990) 278): f(m) = m sqrt(1 - z^2)
 * exp(c (1 - z^2)) with z = m / m0 for m < m0, 0 above; c (usually negative) is the curvature.
 *
 * <p>Normalised in closed form: with w = 1 - z^2, ∫_a^b f dm = (m0^2 / 2) [S(w(a)) - S(w(b))],
 * S(W) = ∫_0^W sqrt(w) e^(c w) dw. For c < 0 and y = -c W >= 1, S = (-c)^(-3/2) γ(3/2, y) with the
 * lower incomplete gamma function γ(3/2, y) = (sqrt(pi)/2) erf(sqrt y) - sqrt(y) e^-y; otherwise
 * (small |c W| or c >= 0, where the erf form would cancel) the convergent series S = W^(3/2) Σ_k
 * (c W)^k / (k! (k + 3/2)).
 */
public final class Argus extends ShapePdf {

    /**
     * @param m observable, range starting at >= 0
     * @param m0 endpoint, > 0
     * @param c curvature
     */
    public Argus(Observable m, Parameter m0, Parameter c) {
        super(m, List.of(requireAbove(m0, 0, "ARGUS endpoint m0"), c));
        if (m.lower() < 0) {
            throw new IllegalArgumentException(
                    "ARGUS needs a range starting at >= 0, got [" + m.lower() + ", " + m.upper() + "]");
        }
        if (!(m0.value() > m.lower())) {
            throw new IllegalArgumentException(
                    "ARGUS endpoint m0 = " + m0.value() + " must lie above the range's lower end " + m.lower());
        }
    }

    @Override
    protected double unnormalized(double m, double[] p) {
        double z = m / p[0];
        double w = 1 - z * z;
        return w > 0 ? m * Math.sqrt(w) * Math.exp(p[1] * w) : 0;
    }

    @Override
    protected double integral(double a, double b, double[] p) {
        double m0 = p[0];
        double c = p[1];
        return 0.5 * m0 * m0 * (s(w(a, m0), c) - s(w(b, m0), c));
    }

    private static double w(double m, double m0) {
        double z = m / m0;
        return Math.max(0, 1 - z * z);
    }

    /** S(W) = ∫_0^W sqrt(w) e^(c w) dw. */
    static double s(double bigW, double c) {
        if (bigW <= 0) {
            return 0;
        }
        double y = -c * bigW;
        if (c < 0 && y >= 1) {
            double sy = Math.sqrt(y);
            double gamma = 0.5 * Math.sqrt(Math.PI) * Erf.erf(sy) - sy * Math.exp(-y);
            return gamma / (-c * Math.sqrt(-c));
        }
        double cw = c * bigW;
        double term = 1;
        double sum = 1 / 1.5;
        for (int k = 1; k < 2000; k++) {
            term *= cw / k;
            double add = term / (k + 1.5);
            sum += add;
            if (Math.abs(add) <= 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return bigW * Math.sqrt(bigW) * sum;
    }

    @Override
    protected boolean valid(double[] p) {
        return p[0] > observable().lower() && Double.isFinite(p[0]) && Double.isFinite(p[1]);
    }
}
