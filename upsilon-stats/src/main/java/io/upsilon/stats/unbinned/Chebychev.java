package io.upsilon.stats.unbinned;

import java.util.List;

/**
 * Chebychev series 1 + Σ_{k=1..K} c_k T_k(u) with u = 2 (x - lower) / (upper - lower) - 1 mapping
 * the range onto [-1, 1] (as RooChebychev does). Normalised in closed form with the antiderivatives
 * ∫T_0 = u, ∫T_1 = u^2/2, ∫T_k = (T_{k+1}/(k+1) - T_{k-1}/(k-1)) / 2. Positivity is not imposed:
 * where the series is <= 0 the likelihood is undefined and fits step back.
 */
public final class Chebychev extends ShapePdf {

    /**
     * @param x observable
     * @param coefficients c_1..c_K (K >= 0)
     */
    public Chebychev(Observable x, List<Parameter> coefficients) {
        super(x, coefficients);
        requirePositiveOnRange();
    }

    private double u(double x) {
        Observable o = observable();
        return (2 * (x - o.lower()) - o.width()) / o.width();
    }

    @Override
    protected double unnormalized(double x, double[] p) {
        double u = u(x);
        // Clenshaw recurrence for Σ_{k=0..K} a_k T_k(u) with a_0 = 1.
        double b1 = 0;
        double b2 = 0;
        for (int k = p.length; k >= 1; k--) {
            double b0 = 2 * u * b1 - b2 + p[k - 1];
            b2 = b1;
            b1 = b0;
        }
        return 1 + u * b1 - b2;
    }

    @Override
    protected double integral(double a, double b, double[] p) {
        return 0.5 * observable().width() * (antiderivative(u(b), p) - antiderivative(u(a), p));
    }

    /** ∫_0^u of the series. */
    private static double antiderivative(double u, double[] p) {
        double sum = u;
        double tPrev = 1; // T_{k-1}
        double t = u; // T_k
        for (int k = 1; k <= p.length; k++) {
            double tNext = 2 * u * t - tPrev; // T_{k+1}
            double ik = k == 1 ? 0.5 * u * u : 0.5 * (tNext / (k + 1) - tPrev / (k - 1));
            sum += p[k - 1] * ik;
            tPrev = t;
            t = tNext;
        }
        return sum;
    }
}
