package io.upsilon.generators.decay;

/**
 * The B -&gt; V form factors (V = rho, omega) in the simplified series expansion of A. Bharucha, D.
 * M. Straub and R. Zwicky (BSZ), JHEP 08 (2016) 098, arXiv:1503.05534, eq. (4.4): F(q^2) = 1 / (1 -
 * q^2 / m_R^2) sum_{k=0}^{2} a_k [z(q^2) - z(0)]^k, z(t) = (sqrt(t+ - t) - sqrt(t+ - t0)) /
 * (sqrt(t+ - t) + sqrt(t+ - t0)), t+- = (m_B +- m_V)^2, t0 = t+ (1 - sqrt(1 - t- / t+)), for V, A0,
 * A1 and A12, with the b -&gt; u resonance masses of the paper's Table 3: m_R = 5.325 GeV (1-, V),
 * 5.279 GeV (0-, A0), 5.724 GeV (1+, A1, A12). A2 follows from A12 (BSZ eq. 2.3):
 *
 * <pre>
 *   A12 = [(m_B + m_V)^2 (m_B^2 - m_V^2 - q^2) A1 - lambda A2] / (16 m_B m_V^2 (m_B + m_V)),
 * </pre>
 *
 * lambda = lambda(m_B^2, m_V^2, q^2). The masses are those of the decay (a rho has a Breit-Wigner
 * mass).
 */
final class BszVectorFormFactors implements VectorMesonFormFactors {
    private static final double POLE_V = 5.325;
    private static final double POLE_A0 = 5.279;
    private static final double POLE_A1 = 5.724;

    private final double[] v;
    private final double[] a0;
    private final double[] a1;
    private final double[] a12;

    /** Three coefficients a_0, a_1, a_2 each of V, A0, A1, A12. */
    BszVectorFormFactors(double[] v, double[] a0, double[] a1, double[] a12) {
        for (double[] a : new double[][] {v, a0, a1, a12}) {
            if (a.length != 3) {
                throw new IllegalArgumentException("BSZ expects three coefficients per form factor, got " + a.length);
            }
        }
        this.v = v.clone();
        this.a0 = a0.clone();
        this.a1 = a1.clone();
        this.a12 = a12.clone();
    }

    @Override
    public void evaluate(double mParent, double mMeson, double q2, double[] out) {
        double dz = BclFormFactors.z(mParent, mMeson, q2) - BclFormFactors.z(mParent, mMeson, 0);
        double fv = series(v, dz) / (1 - q2 / (POLE_V * POLE_V));
        double fa0 = series(a0, dz) / (1 - q2 / (POLE_A0 * POLE_A0));
        double fa1 = series(a1, dz) / (1 - q2 / (POLE_A1 * POLE_A1));
        double fa12 = series(a12, dz) / (1 - q2 / (POLE_A1 * POLE_A1));
        double mPlus = mParent + mMeson;
        double mb2 = mParent * mParent;
        double m2 = mMeson * mMeson;
        double lambda = (mb2 - m2 - q2) * (mb2 - m2 - q2) - 4 * m2 * q2;
        // lambda vanishes at zero recoil, where A2 drops out of the amplitude (it comes with lambda).
        double fa2 =
                (mPlus * mPlus * (mb2 - m2 - q2) * fa1 - 16 * mParent * m2 * mPlus * fa12) / Math.max(lambda, 1e-9);
        out[0] = fv;
        out[1] = fa0;
        out[2] = fa1;
        out[3] = fa2;
    }

    private static double series(double[] a, double dz) {
        return a[0] + dz * (a[1] + dz * a[2]);
    }
}
