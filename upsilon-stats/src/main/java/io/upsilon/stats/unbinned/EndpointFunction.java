package io.upsilon.stats.unbinned;

import java.util.List;

/**
 * The empirical endpoint function of the tau pseudomass M_min (the edge fits of ARGUS, PLB 292
 * (1992) 221, Belle, PRL 99, 011801 (2007), and Belle II, PRD 108, 032006 (2023), arXiv:2305.19116;
 * the form is recalled [R], its exact parameterisation not verified against Eq. (2) there): F(M) =
 * (p3 + p4 M) atan((M - p1) / p2) + p5 M + 1, with p1 the edge position (the m_tau estimator before
 * bias correction) and p2 the edge width. For a falling edge p3 + p4 M is negative near p1. The
 * constant 1 fixes the scale, so p3..p5 are shape parameters.
 *
 * <p>Normalised in closed form: with u = (M - p1)/p2, ∫ atan u dM = p2 (u atan u - ln(1 + u^2)/2)
 * and ∫ M atan u dM = p1 ∫ atan u dM + p2^2 ((u^2 + 1) atan u - u) / 2. F must be positive on the
 * range; the constructor checks it at the declared values, and where a fit wanders into F <= 0 the
 * likelihood is undefined and the fit steps back.
 */
public final class EndpointFunction extends ShapePdf {

    /**
     * @param m observable (the pseudomass)
     * @param p1 edge position
     * @param p2 edge width, > 0
     * @param p3 step height
     * @param p4 slope of the step height
     * @param p5 linear slope
     */
    public EndpointFunction(Observable m, Parameter p1, Parameter p2, Parameter p3, Parameter p4, Parameter p5) {
        super(m, List.of(p1, requireAbove(p2, 0, "endpoint-function width p2"), p3, p4, p5));
        requirePositiveOnRange();
    }

    @Override
    protected double unnormalized(double m, double[] p) {
        return (p[2] + p[3] * m) * Math.atan((m - p[0]) / p[1]) + p[4] * m + 1;
    }

    @Override
    protected double integral(double a, double b, double[] p) {
        return antiderivative(b, p) - antiderivative(a, p);
    }

    private static double antiderivative(double m, double[] p) {
        double p1 = p[0];
        double p2 = p[1];
        double u = (m - p1) / p2;
        double at = Math.atan(u);
        double i0 = p2 * (u * at - 0.5 * Math.log1p(u * u)); // ∫ atan u dM
        double i1 = p1 * i0 + 0.5 * p2 * p2 * ((u * u + 1) * at - u); // ∫ M atan u dM
        return p[2] * i0 + p[3] * i1 + 0.5 * p[4] * m * m + m;
    }

    @Override
    protected boolean valid(double[] p) {
        return p[1] > 0 && Double.isFinite(p[0] + p[1] + p[2] + p[3] + p[4]);
    }
}
