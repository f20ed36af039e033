package io.upsilon.generators.decay.formfactor;

/**
 * B -&gt; K* form factors V, A0, A1, A12, T1, T2, T23 (the "lattice" basis; q^2 in GeV^2) in the
 * BSZ parametrisation of Bharucha, Straub, Zwicky, JHEP 08 (2016) 098, arXiv:1503.05534, Eq.
 * (2.4): F(q^2) = [1 / (1 - q^2 / m_R^2)] sum_{k=0}^{2} a_k [z(q^2) - z(0)]^k, z as in {@link
 * BToKFormFactors} with t+- = (m_B +- m_K*)^2 and t0 = t+ (1 - sqrt(1 - t- / t+)). Coefficients: the
 * paper's combined LCSR + lattice fit (its ancillary file, version 2, as distributed in flavio's
 * {@code flavio/physics/data/arXiv-1503-05534v2/BKstar_LCSR-Lattice.json}), central values; the
 * paper's pole masses (its Table 3): 5.367 GeV (0-, A0), 5.415 GeV (1-, V and T1), 5.830 GeV (1+,
 * A1, A12, T2, T23). T1(0) = T2(0) holds exactly (same a_0). Typical errors: 7-9% at q^2 = 0.
 */
public final class BToKstarFormFactors {
    /** B mass of the z variable (PDG 2024 B0), GeV. */
    public static final double M_B = 5.27966;

    /** K* mass of the z variable (PDG 2024 K*(892)0), GeV. */
    public static final double M_KSTAR = 0.89555;

    private static final double POLE_0M = 5.367;
    private static final double POLE_1M = 5.415;
    private static final double POLE_1P = 5.830;

    private static final double[] A0 = {0.369196, -1.36584, 0.128191};
    private static final double[] A1 = {0.29725, 0.392378, 1.18916};
    private static final double[] A12 = {0.265375, 0.533638, 0.483166};
    private static final double[] V = {0.376313, -1.16597, 2.42443};
    private static final double[] T1 = {0.312055, -1.00893, 1.5272};
    private static final double[] T2 = {0.312055, 0.496846, 1.61431};
    private static final double[] T23 = {0.667412, 1.31812, 3.82334};

    private final ZExpansion expansion = new ZExpansion(M_B, M_KSTAR);

    private BToKstarFormFactors() {}

    /** The BSZ 2015 LCSR + lattice fit, central values. */
    public static BToKstarFormFactors bsz2015() {
        return new BToKstarFormFactors();
    }

    private double series(double[] a, double q2, double pole) {
        return expansion.value(a, q2, pole);
    }

    /** V(q^2). */
    public double v(double q2) {
        return series(V, q2, POLE_1M);
    }

    /** A0(q^2). */
    public double a0(double q2) {
        return series(A0, q2, POLE_0M);
    }

    /** A1(q^2). */
    public double a1(double q2) {
        return series(A1, q2, POLE_1P);
    }

    /** A12(q^2). */
    public double a12(double q2) {
        return series(A12, q2, POLE_1P);
    }

    /** T1(q^2). */
    public double t1(double q2) {
        return series(T1, q2, POLE_1M);
    }

    /** T2(q^2). */
    public double t2(double q2) {
        return series(T2, q2, POLE_1P);
    }

    /** T23(q^2). */
    public double t23(double q2) {
        return series(T23, q2, POLE_1P);
    }
}
