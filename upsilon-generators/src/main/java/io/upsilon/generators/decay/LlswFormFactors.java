package io.upsilon.generators.decay;

/**
 * The form factors of B -&gt; D** l nu in the heavy-quark expansion of A. K. Leibovich, Z. Ligeti,
 * I. W. Stewart and M. B. Wise (LLSW), Phys. Rev. D 57 (1998) 308, hep-ph/9705467, at order 1/m_c
 * and 1/m_b in their "approximation B1": the unknown subleading functions chi_i, eta_i are set to
 * zero, and the leading Isgur-Wise functions are linear, tau(w) = tau(1) [1 + tau' (w - 1)] for the
 * j = 3/2 doublet (D1, D2*) and zeta(w) = zeta(1) [1 + zeta' (w - 1)] for the j = 1/2 doublet (D0*,
 * D1'); the subleading tau_1, tau_2 (GeV) and zeta_1 (GeV) are constants times the leading
 * function. Quark masses and HQET energies as in basf2's EvtGen model {@code LLSW} ({@code
 * generators/evtgen/models/src/EvtLLSWFF.cc}, read for behaviour): m_b = 4.2, m_c = 1.4, Lambda-bar
 * = 0.40, Lambda-bar' = 0.80 (j = 3/2), Lambda-bar* = 0.76 GeV (j = 1/2). Form factors (eps_Q = 1 /
 * (2 m_Q), names as in LLSW):
 *
 * <pre>
 *   D0*:  g+ = eps_c [2 (w-1) zeta_1 - 3 (w L* - L)/(w+1)] zeta - eps_b [(L*(2w+1) - L(w+2))/(w+1) - 2 (w-1) zeta_1] zeta,
 *         g- = zeta
 *   D1':  g_A = zeta + eps_c (w L* - L)/(w+1) zeta - eps_b [(L*(2w+1) - L(w+2))/(w+1) - 2 (w-1) zeta_1] zeta
 *         g_V1 = (w-1) zeta + eps_c (w L* - L) zeta - eps_b [L*(2w+1) - L(w+2) - 2 (w^2-1) zeta_1] zeta
 *         g_V2 = 2 eps_c zeta_1 zeta
 *         g_V3 = -zeta - eps_c [(w L* - L)/(w+1) + 2 zeta_1] zeta + eps_b [(L*(2w+1) - L(w+2))/(w+1) - 2 (w-1) zeta_1] zeta
 *   with X = (L' + L) tau - (2w+1) tau_1 - tau_2 (tau_i standing for tau_i tau(w)):
 *   D1:   sqrt6 f_V1 = (1-w^2) tau - eps_b (w^2-1) X - eps_c [4 (w+1)(w L' - L) tau - 3 (w^2-1)(tau_1 - tau_2)]
 *         sqrt6 f_V2 = -3 tau - 3 eps_b X - eps_c [(4w-1) tau_1 + 5 tau_2]
 *         sqrt6 f_V3 = (w-2) tau + eps_b (2+w) X + eps_c [4 (w L' - L) tau + (2+w) tau_1 + (2+3w) tau_2]
 *         sqrt6 f_A = -(w+1) tau - eps_b (w-1) X - eps_c [4 (w L' - L) tau - 3 (w-1)(tau_1 - tau_2)]
 *   D2*:  k_V = -tau - eps_b X - eps_c (tau_1 - tau_2),   k_A1 = -(1+w) tau - eps_b (w-1) X - eps_c (w-1)(tau_1 - tau_2)
 *         k_A2 = -2 eps_c tau_1,   k_A3 = tau + eps_b X - eps_c (tau_1 + tau_2)
 * </pre>
 */
final class LlswFormFactors {
    private static final double M_B_QUARK = 4.2;
    private static final double M_C_QUARK = 1.4;
    private static final double LAMBDA = 0.40;
    private static final double LAMBDA_PRIME = 0.80;
    private static final double LAMBDA_STAR = 0.76;
    private static final double EPS_B = 1 / (2 * M_B_QUARK);
    private static final double EPS_C = 1 / (2 * M_C_QUARK);
    private static final double SQRT6 = Math.sqrt(6);

    private final double atOne;
    private final double slope;
    private final double sub1;
    private final double sub2;

    /**
     * @param atOne tau(1) or zeta(1)
     * @param slope tau' or zeta'
     * @param sub1 tau_1 or zeta_1 (GeV)
     * @param sub2 tau_2 (GeV; unused for the j = 1/2 doublet)
     */
    LlswFormFactors(double atOne, double slope, double sub1, double sub2) {
        this.atOne = atOne;
        this.slope = slope;
        this.sub1 = sub1;
        this.sub2 = sub2;
    }

    private double isgurWise(double w) {
        return atOne * (1 + slope * (w - 1));
    }

    /** D0*: g+, g- at {@code out[0..1]}. */
    void scalar(double w, double[] out) {
        double zeta = isgurWise(w);
        double zeta1 = sub1;
        double b = (LAMBDA_STAR * (2 * w + 1) - LAMBDA * (w + 2)) / (w + 1) - 2 * (w - 1) * zeta1;
        out[0] = EPS_C * (2 * (w - 1) * zeta1 - 3 * (w * LAMBDA_STAR - LAMBDA) / (w + 1)) * zeta - EPS_B * b * zeta;
        out[1] = zeta;
    }

    /** D1': g_A, g_V1, g_V2, g_V3 at {@code out[0..3]}. */
    void axialHalf(double w, double[] out) {
        double zeta = isgurWise(w);
        double zeta1 = sub1;
        double c = (w * LAMBDA_STAR - LAMBDA) / (w + 1);
        double b = (LAMBDA_STAR * (2 * w + 1) - LAMBDA * (w + 2)) / (w + 1) - 2 * (w - 1) * zeta1;
        out[0] = zeta + EPS_C * c * zeta - EPS_B * b * zeta;
        out[1] = (w - 1) * zeta
                + EPS_C * (w * LAMBDA_STAR - LAMBDA) * zeta
                - EPS_B * (LAMBDA_STAR * (2 * w + 1) - LAMBDA * (w + 2) - 2 * (w * w - 1) * zeta1) * zeta;
        out[2] = 2 * EPS_C * zeta1 * zeta;
        out[3] = -zeta - EPS_C * (c + 2 * zeta1) * zeta + EPS_B * b * zeta;
    }

    /** D1: f_A, f_V1, f_V2, f_V3 at {@code out[0..3]}. */
    void axialThreeHalves(double w, double[] out) {
        double tau = isgurWise(w);
        double t1 = sub1 * tau;
        double t2 = sub2 * tau;
        double x = (LAMBDA_PRIME + LAMBDA) * tau - (2 * w + 1) * t1 - t2;
        double l = w * LAMBDA_PRIME - LAMBDA;
        out[0] = (-(w + 1) * tau - EPS_B * (w - 1) * x - EPS_C * (4 * l * tau - 3 * (w - 1) * (t1 - t2))) / SQRT6;
        out[1] = ((1 - w * w) * tau
                        - EPS_B * (w * w - 1) * x
                        - EPS_C * (4 * (w + 1) * l * tau - 3 * (w * w - 1) * (t1 - t2)))
                / SQRT6;
        out[2] = (-3 * tau - 3 * EPS_B * x - EPS_C * ((4 * w - 1) * t1 + 5 * t2)) / SQRT6;
        out[3] =
                ((w - 2) * tau + EPS_B * (2 + w) * x + EPS_C * (4 * l * tau + (2 + w) * t1 + (2 + 3 * w) * t2)) / SQRT6;
    }

    /** D2*: k_V, k_A1, k_A2, k_A3 at {@code out[0..3]}. */
    void tensor(double w, double[] out) {
        double tau = isgurWise(w);
        double t1 = sub1 * tau;
        double t2 = sub2 * tau;
        double x = (LAMBDA_PRIME + LAMBDA) * tau - (2 * w + 1) * t1 - t2;
        out[0] = -tau - EPS_B * x - EPS_C * (t1 - t2);
        out[1] = -(1 + w) * tau - EPS_B * (w - 1) * x - EPS_C * (w - 1) * (t1 - t2);
        out[2] = -2 * EPS_C * t1;
        out[3] = tau + EPS_B * x - EPS_C * (t1 + t2);
    }
}
