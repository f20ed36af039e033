package io.upsilon.generators.decay;

/**
 * The Boyd-Grinstein-Lebed form factors of B -&gt; D* l nu (C. G. Boyd, B. Grinstein and R. F.
 * Lebed, Phys. Rev. Lett. 74 (1995) 4603 and Phys. Rev. D 56 (1997) 6895) in the conventions of
 * B. Grinstein and A. Kobach, Phys. Lett. B 771 (2017) 359, arXiv:1703.08170, which the Belle BGL
 * fits use: with z = (sqrt(w+1) - sqrt 2) / (sqrt(w+1) + sqrt 2),
 *
 * <pre>
 *   g(z) = sum_n a_n z^n / (P_1-(z) phi_g(z)),   f(z) = sum_n b_n z^n / (P_1+(z) phi_f(z)),
 *   F1(z) = sum_n c_n z^n / (P_1+(z) phi_F1(z)),   c_0 = (m_B - m_D*) phi_F1(0) / phi_f(0) b_0,
 * </pre>
 *
 * (c_0 from F1(w=1) = (m_B - m_D*) f(w=1)). Blaschke factors P(z) = prod_p (z - z_p) / (1 - z z_p)
 * over the B_c poles, z_p = (sqrt(t+ - m_p^2) - sqrt(t+ - t-)) / (sqrt(t+ - m_p^2) + sqrt(t+ -
 * t-)), t+- = (m_B +- m_D*)^2: 1- at 6.337, 6.899, 7.012, 7.280 GeV, 1+ at 6.730, 6.736, 7.135,
 * 7.142 GeV; outer functions (r = m_D* / m_B, D = (1 + r)(1 - z) + 2 sqrt(r)(1 + z), n_I = 2.6,
 * chi_1-^T = 5.28e-4 GeV^-2 for g, chi_1+^T = 3.07e-4 GeV^-2 for f and F1; all from Grinstein and
 * Kobach):
 *
 * <pre>
 *   phi_g = sqrt(256 n_I / (3 pi chi_1-^T)) r^2 (1+z)^2 (1-z)^(-1/2) / D^4
 *   phi_f = sqrt(16 n_I / (3 pi chi_1+^T)) r (1+z) (1-z)^(3/2) / (m_B^2 D^4)
 *   phi_F1 = sqrt(8 n_I / (3 pi chi_1+^T)) r (1+z) (1-z)^(5/2) / (m_B^3 D^5)
 * </pre>
 *
 * The standard form factors follow from f = (m_B + m_D*) A1, g = 2 V / (m_B + m_D*) and F1 =
 * [(m_B^2 - m_D*^2 - q^2) f - 4 m_B^2 |p|^2 A2 / (m_B + m_D*)] / (2 m_D*), |p| the D* momentum in
 * the B frame. The timelike A0 (F2 in BGL), which only matters for tau nu, is not in the light-lepton
 * fits: it is taken as A0 = R0(w) h_A1(w) / R* with the CLN ratio R0 ({@link ClnFormFactors}) and
 * h_A1 = f / (sqrt(m_B m_D*) (1 + w)), a stated model assumption.
 *
 * <p>The masses entering z, the poles and the outer functions are those of the decay (the parent
 * and meson masses handed to {@link #evaluate}).
 */
final class BglVectorFormFactors implements VectorMesonFormFactors {
    private static final double N_I = 2.6;
    private static final double CHI_VECTOR = 5.28e-4; // GeV^-2, for g
    private static final double CHI_AXIAL = 3.07e-4; // GeV^-2, for f and F1
    private static final double[] VECTOR_POLES = {6.337, 6.899, 7.012, 7.280};
    private static final double[] AXIAL_POLES = {6.730, 6.736, 7.135, 7.142};

    private final double[] a;
    private final double[] b;
    private final double[] cFromOne;
    private final double r0AtOne;

    /**
     * @param a the coefficients a_n of g (n = 0, 1, ...)
     * @param b the coefficients b_n of f
     * @param cFromOne the coefficients c_1, c_2, ... of F1 (c_0 follows from b_0)
     * @param r0AtOne R0(1) of the CLN A0 used for the timelike part
     */
    BglVectorFormFactors(double[] a, double[] b, double[] cFromOne, double r0AtOne) {
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("BGL needs at least a_0 and b_0");
        }
        this.a = a.clone();
        this.b = b.clone();
        this.cFromOne = cFromOne.clone();
        this.r0AtOne = r0AtOne;
    }

    /** The coefficients a_n of g. */
    double[] a() {
        return a.clone();
    }

    /** The coefficients b_n of f. */
    double[] b() {
        return b.clone();
    }

    /** The coefficients c_0, c_1, ... of F1 for the masses M and m (c_0 from the w = 1 constraint). */
    double[] c(double mParent, double mMeson) {
        double r = mMeson / mParent;
        double[] c = new double[cFromOne.length + 1];
        c[0] = (mParent - mMeson) * phiF1(0, r, mParent) / phiF(0, r, mParent) * b[0];
        System.arraycopy(cFromOne, 0, c, 1, cFromOne.length);
        return c;
    }

    /** g(w), f(w), F1(w) at {@code out[0..2]}. */
    void bgl(double mParent, double mMeson, double w, double[] out) {
        double r = mMeson / mParent;
        double z = ClnFormFactors.z(w);
        double pVector = blaschke(z, mParent, mMeson, VECTOR_POLES);
        double pAxial = blaschke(z, mParent, mMeson, AXIAL_POLES);
        out[0] = series(a, z) / (pVector * phiG(z, r));
        out[1] = series(b, z) / (pAxial * phiF(z, r, mParent));
        double c0 = (mParent - mMeson) * phiF1(0, r, mParent) / phiF(0, r, mParent) * b[0];
        out[2] = (c0 + z * series(cFromOne, z)) / (pAxial * phiF1(z, r, mParent));
    }

    @Override
    public void evaluate(double mParent, double mMeson, double q2, double[] out) {
        double w = ClnFormFactors.recoil(mParent, mMeson, q2);
        double[] gfF1 = new double[3];
        bgl(mParent, mMeson, w, gfF1);
        double mPlus = mParent + mMeson;
        double a1 = gfF1[1] / mPlus;
        double p2 = mMeson * mMeson * Math.max(0, w * w - 1); // |p|^2 of the D* in the B frame
        // A2 from F1; at w = 1 both sides vanish (F1(1) = (M - m) f(1)), so p^2 is kept away from 0.
        double a2 = mPlus
                * ((mParent * mParent - mMeson * mMeson - q2) * gfF1[1] - 2 * mMeson * gfF1[2])
                / (4 * mParent * mParent * Math.max(p2, 1e-12));
        double rStar = 2 * Math.sqrt(mParent * mMeson) / mPlus;
        double hA1 = gfF1[1] / (Math.sqrt(mParent * mMeson) * (1 + w));
        out[0] = gfF1[0] * mPlus / 2;
        out[1] = ClnFormFactors.r0(r0AtOne, w) * hA1 / rStar;
        out[2] = a1;
        out[3] = a2;
    }

    private static double series(double[] coefficients, double z) {
        double s = 0;
        for (int n = coefficients.length - 1; n >= 0; n--) {
            s = s * z + coefficients[n];
        }
        return s;
    }

    private static double blaschke(double z, double mParent, double mMeson, double[] poles) {
        double tPlus = (mParent + mMeson) * (mParent + mMeson);
        double tMinus = (mParent - mMeson) * (mParent - mMeson);
        double root = Math.sqrt(tPlus - tMinus);
        double p = 1;
        for (double pole : poles) {
            double s = Math.sqrt(tPlus - pole * pole);
            double zp = (s - root) / (s + root);
            p *= (z - zp) / (1 - z * zp);
        }
        return p;
    }

    private static double denominator(double z, double r) {
        return (1 + r) * (1 - z) + 2 * Math.sqrt(r) * (1 + z);
    }

    static double phiG(double z, double r) {
        return Math.sqrt(256 * N_I / (3 * Math.PI * CHI_VECTOR))
                * r
                * r
                * (1 + z)
                * (1 + z)
                / Math.sqrt(1 - z)
                / Math.pow(denominator(z, r), 4);
    }

    static double phiF(double z, double r, double mParent) {
        return Math.sqrt(16 * N_I / (3 * Math.PI * CHI_AXIAL))
                * r
                * (1 + z)
                * Math.pow(1 - z, 1.5)
                / (mParent * mParent * Math.pow(denominator(z, r), 4));
    }

    static double phiF1(double z, double r, double mParent) {
        return Math.sqrt(8 * N_I / (3 * Math.PI * CHI_AXIAL))
                * r
                * (1 + z)
                * Math.pow(1 - z, 2.5)
                / (mParent * mParent * mParent * Math.pow(denominator(z, r), 5));
    }
}
