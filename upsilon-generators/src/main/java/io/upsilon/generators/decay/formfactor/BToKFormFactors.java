package io.upsilon.generators.decay.formfactor;

/**
 * B -&gt; K form factors f+(q^2), f0(q^2) and fT(q^2) (q^2 in GeV^2), in two published forms.
 *
 * <p>{@link #gkvd2018()}: the BSZ parametrisation (Bharucha, Straub, Zwicky, JHEP 08 (2016) 098,
 * arXiv:1503.05534, Eq. (2.4)) F(q^2) = [1 / (1 - q^2 / m_R^2)] sum_{k=0}^{2} a_k [z(q^2) -
 * z(0)]^k with z(t) = (sqrt(t+ - t) - sqrt(t+ - t0)) / (sqrt(t+ - t) + sqrt(t+ - t0)), t+- = (m_B
 * +- m_K)^2, t0 = t+ (1 - sqrt(1 - t- / t+)); coefficients of the combined LCSR + lattice fit of
 * Gubernari, Kokulu, van Dyk, JHEP 02 (2019) 150, arXiv:1811.00983 (its ancillary fit, as
 * distributed in flavio's {@code flavio/physics/data/arXiv-1811-00983v1/BK_LCSR-Lattice.json}); the
 * constant a_0 of f0 equals that of f+ so that f0(0) = f+(0). Pole masses: m_R = 5.4154 GeV
 * (B_s*, 1-) for f+ and fT, 5.711 GeV (the 0+ b sbar state, as in the Fermilab/MILC B -&gt; K paper
 * arXiv:1509.06235) for f0. Relative errors of the fit: f+(0) = 0.329 +- 8%.
 *
 * <p>{@link #hpqcdFPlus(double)}: f+ of HPQCD's lattice calculation (Parrott, Bouchard, Davies,
 * Phys. Rev. D 107 (2023) 014510, arXiv:2207.12468), in the form Belle II's B+ -&gt; K+ nu nubar
 * reinterpretation uses it (public code {@code lorenzennio/knunu-reinterpretation-mini},
 * {@code scripts/utils.py}, with arXiv:2207.13371): f+(q^2) = L [sum_{n=0}^{2} a_n (z^n - (n/3)
 * (-1)^(n-3) z^3)] / (1 - q^2 / m(B_s*)^2), a = (0.2545, -0.71, 0.32), L = 1.304, t0 = 0, m_B =
 * 5.279495, m_K = 0.495644, m(B_s*) = 5.4158 GeV. f+(0) = 0.332.
 */
public final class BToKFormFactors {
    /** B mass of the GKvD / BSZ z variable (PDG 2024 B0), GeV. */
    public static final double M_B = 5.27966;

    /** K mass of the GKvD / BSZ z variable (PDG 2024 K0), GeV. */
    public static final double M_K = 0.497611;

    private static final double POLE_VECTOR = 5.4154;
    private static final double POLE_SCALAR = 5.711;

    private static final double HPQCD_M_B = 5.279495;
    private static final double HPQCD_M_K = 0.4956440;
    private static final double HPQCD_POLE = 5.4158;
    private static final double HPQCD_LOG = 1.304;
    private static final double[] HPQCD_A = {0.2545, -0.71, 0.32};

    private final double[] fPlus;
    private final double[] fZero;
    private final double[] fTensor;
    private final ZExpansion expansion = new ZExpansion(M_B, M_K);

    private BToKFormFactors(double[] fPlus, double[] fZero, double[] fTensor) {
        this.fPlus = fPlus.clone();
        this.fZero = fZero.clone();
        this.fTensor = fTensor.clone();
    }

    /** The GKvD 2018 LCSR + lattice fit, central values (class comment). */
    public static BToKFormFactors gkvd2018() {
        double a0 = 0.3290899285463681;
        return new BToKFormFactors(
                new double[] {a0, -0.8669465867427438, 0.006095669673341246},
                new double[] {a0, 0.195117199570376, -0.4461264576740431},
                new double[] {0.2993831492500477, -0.7735456824025474, 0.009554375102511888});
    }

    private double series(double[] a, double q2, double pole) {
        return expansion.value(a, q2, pole);
    }

    /** f+(q^2). */
    public double fPlus(double q2) {
        return series(fPlus, q2, POLE_VECTOR);
    }

    /** f0(q^2). */
    public double fZero(double q2) {
        return series(fZero, q2, POLE_SCALAR);
    }

    /** fT(q^2) (at the scale of the fit, mu = m_b). */
    public double fTensor(double q2) {
        return series(fTensor, q2, POLE_VECTOR);
    }

    /** HPQCD's f+(q^2) as Belle II's reinterpretation evaluates it (class comment). */
    public static double hpqcdFPlus(double q2) {
        double tPlus = (HPQCD_M_B + HPQCD_M_K) * (HPQCD_M_B + HPQCD_M_K);
        double a = Math.sqrt(tPlus - q2);
        double b = Math.sqrt(tPlus); // t0 = 0
        double z = (a - b) / (a + b);
        int n = HPQCD_A.length;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            // the z^N term keeps f+ analytic at threshold (BCL form, N = 3)
            double constraint = (double) k / n * ((k - n) % 2 == 0 ? 1 : -1) * Math.pow(z, n);
            sum += HPQCD_A[k] * (Math.pow(z, k) - constraint);
        }
        return HPQCD_LOG * sum / (1 - q2 / (HPQCD_POLE * HPQCD_POLE));
    }
}
