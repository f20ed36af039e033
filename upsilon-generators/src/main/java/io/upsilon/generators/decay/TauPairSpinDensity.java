package io.upsilon.generators.decay;

/**
 * The spin correlations of e+e- -&gt; gamma* -&gt; tau+ tau- with unpolarised beams, tau mass kept
 * (lowest order QED; [R] Y. S. Tsai, Phys. Rev. D4 (1971) 2821; W. Bernreuther, O. Nachtmann, P.
 * Overmann, Phys. Rev. D48 (1993) 78, for the general production density matrix). In the tau-pair
 * rest frame, with theta the angle between the tau- and the beam axis and beta the tau velocity,
 * the squared matrix element for tau- spin s- and tau+ spin s+ (unit vectors in the tau rest
 * frames reached from the pair frame by boosts along the tau directions) is proportional to
 *
 * <pre>
 *   D + sum_ij C_ij s-_i s+_j,   D = 1 + cos^2 + (1 - beta^2) sin^2,
 *   C_kk = 1 + cos^2 - (1 - beta^2) sin^2,   C_rr = (2 - beta^2) sin^2,   C_nn = -beta^2 sin^2,
 *   C_kr = C_rk = 2 sqrt(1 - beta^2) sin cos,
 * </pre>
 *
 * in the common axes k (the tau- direction), r (the beam axis' part perpendicular to k: beam =
 * cos k + sin r) and n = k x r (normal to the production plane); the other C_ij vanish, as do the
 * single-tau polarisations (no parity violation without the Z). Checks: the trace is D (the pair
 * is in a spin triplet); at beta = 1 the helicities are opposite (C_kk = D); at threshold C = D
 * beam beam^T (spins along the beam). The Z: at 10.58 GeV its interference with the photon
 * changes these by O(s / m_Z^2 (1 - 4 sin^2 theta_W)) ~ 1e-3 and gives single polarisations of
 * the same order; both are neglected (gamma* only, exactly).
 */
public final class TauPairSpinDensity {
    private TauPairSpinDensity() {}

    /**
     * Writes C_ij / D (row i for the tau-, column j for the tau+, axes k, r, n) at row-major
     * {@code c[3 i + j]}.
     *
     * @param cosTheta cosine of the angle between the tau- and the beam axis (pair rest frame)
     * @param beta tau velocity in the pair rest frame, in [0, 1]
     */
    public static void normalised(double cosTheta, double beta, double[] c) {
        double c2 = cosTheta * cosTheta;
        double s2 = Math.max(0, 1 - c2);
        double b2 = beta * beta;
        double m2 = Math.max(0, 1 - b2); // 1/gamma^2
        double d = 1 + c2 + m2 * s2;
        c[0] = (1 + c2 - m2 * s2) / d;
        c[1] = 2 * Math.sqrt(m2) * Math.sqrt(s2) * cosTheta / d;
        c[2] = 0;
        c[3] = c[1];
        c[4] = (2 - b2) * s2 / d;
        c[5] = 0;
        c[6] = 0;
        c[7] = 0;
        c[8] = -b2 * s2 / d;
    }

    /**
     * The pair weight 1 + sum_ij (C_ij / D) h-_i h+_j for polarimetric vectors h- and h+ in the
     * axes (k, r, n): in [0, 2] for |h| &lt;= 1 (the eigenvalues of C / D lie in [-1, 1]).
     */
    public static double weight(double[] c, double[] hMinus, double[] hPlus) {
        double w = 1;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                w += c[3 * i + j] * hMinus[i] * hPlus[j];
            }
        }
        return w;
    }
}
