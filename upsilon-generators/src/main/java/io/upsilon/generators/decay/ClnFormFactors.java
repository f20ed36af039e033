package io.upsilon.generators.decay;

/**
 * The Caprini-Lellouch-Neubert form factors of B -&gt; D(*) l nu (I. Caprini, L. Lellouch and M.
 * Neubert, Nucl. Phys. B 530 (1998) 153, hep-ph/9712417), as a function of the recoil w = (m_B^2 +
 * m_X^2 - q^2) / (2 m_B m_X), with the conformal variable z = (sqrt(w+1) - sqrt 2) / (sqrt(w+1) +
 * sqrt 2):
 *
 * <pre>
 *   h_A1(w) = h_A1(1) [1 - 8 rho^2 z + (53 rho^2 - 15) z^2 - (231 rho^2 - 91) z^3]
 *   R1(w) = R1(1) - 0.12 (w-1) + 0.05 (w-1)^2,   R2(w) = R2(1) + 0.11 (w-1) - 0.06 (w-1)^2,
 *   R0(w) = R0(1) - 0.11 (w-1) + 0.01 (w-1)^2
 *   V1(w) = V1(1) [1 - 8 rho^2 z + (51 rho^2 - 10) z^2 - (252 rho^2 - 84) z^3]
 *   S1(w) = V1(w) [1 + Delta (-0.019 + 0.041 (w-1) - 0.015 (w-1)^2)]
 * </pre>
 *
 * (the S1 / V1 ratio from M. Tanaka and R. Watanabe, Phys. Rev. D 82 (2010) 034027,
 * arXiv:1005.4306, as used by EvtGen's {@code src/EvtGenModels/EvtHQET2FF.cpp}; R0 from S. Fajfer,
 * J. F. Kamenik and I. Nisandzic, Phys. Rev. D 85 (2012) 094025, arXiv:1203.2654). The standard
 * form factors follow with R* = 2 sqrt(m_B m_D*) / (m_B + m_D*): A1 = (w+1) R* h_A1 / 2, A2 = R2
 * h_A1 / R*, V = R1 h_A1 / R*, A0 = R0 h_A1 / R*; and for B -&gt; D: f+ = (m_B + m_D) V1 / (2 sqrt(m_B
 * m_D)), f0 = sqrt(m_B m_D) (w + 1) S1 / (m_B + m_D).
 */
final class ClnFormFactors {
    /** Default R0(1) (Fajfer, Kamenik, Nisandzic, Phys. Rev. D 85 (2012) 094025). */
    static final double DEFAULT_R0 = 1.14;

    /** Default Delta of S1 / V1 (Tanaka and Watanabe 2010). */
    static final double DEFAULT_DELTA = 1.0;

    private ClnFormFactors() {}

    /** B -&gt; D*: V, A0, A1, A2 from rho^2, h_A1(1), R1(1), R2(1), R0(1). */
    static VectorMesonFormFactors vector(double rho2, double hA1AtOne, double r1AtOne, double r2AtOne, double r0AtOne) {
        return (mParent, mMeson, q2, out) -> {
            double w = recoil(mParent, mMeson, q2);
            double rStar = 2 * Math.sqrt(mParent * mMeson) / (mParent + mMeson);
            double hA1 = hA1AtOne * hA1Shape(rho2, w);
            out[0] = r1(r1AtOne, w) * hA1 / rStar;
            out[1] = r0(r0AtOne, w) * hA1 / rStar;
            out[2] = (w + 1) * rStar * hA1 / 2;
            out[3] = r2(r2AtOne, w) * hA1 / rStar;
        };
    }

    /** B -&gt; D: f+ and f0 from rho^2, V1(1) and Delta. */
    static PseudoscalarMesonFormFactors scalar(double rho2, double v1AtOne, double delta) {
        return new PseudoscalarMesonFormFactors() {
            @Override
            public double fPlus(double mParent, double mMeson, double q2) {
                double w = recoil(mParent, mMeson, q2);
                return (mParent + mMeson) / (2 * Math.sqrt(mParent * mMeson)) * v1AtOne * v1Shape(rho2, w);
            }

            @Override
            public double fZero(double mParent, double mMeson, double q2) {
                double w = recoil(mParent, mMeson, q2);
                double s1 = v1AtOne * v1Shape(rho2, w) * s1OverV1(delta, w);
                return Math.sqrt(mParent * mMeson) * (w + 1) / (mParent + mMeson) * s1;
            }
        };
    }

    /** The recoil w for the parent mass M, meson mass m and q^2. */
    static double recoil(double mParent, double mMeson, double q2) {
        return (mParent * mParent + mMeson * mMeson - q2) / (2 * mParent * mMeson);
    }

    /** The conformal variable z(w). */
    static double z(double w) {
        double a = Math.sqrt(w + 1);
        double b = Math.sqrt(2);
        return (a - b) / (a + b);
    }

    /** h_A1(w) / h_A1(1). */
    static double hA1Shape(double rho2, double w) {
        double z = z(w);
        return 1 - 8 * rho2 * z + (53 * rho2 - 15) * z * z - (231 * rho2 - 91) * z * z * z;
    }

    /** R1(w). */
    static double r1(double r1AtOne, double w) {
        return r1AtOne - 0.12 * (w - 1) + 0.05 * (w - 1) * (w - 1);
    }

    /** R2(w). */
    static double r2(double r2AtOne, double w) {
        return r2AtOne + 0.11 * (w - 1) - 0.06 * (w - 1) * (w - 1);
    }

    /** R0(w). */
    static double r0(double r0AtOne, double w) {
        return r0AtOne - 0.11 * (w - 1) + 0.01 * (w - 1) * (w - 1);
    }

    /** V1(w) / V1(1). */
    static double v1Shape(double rho2, double w) {
        double z = z(w);
        return 1 - 8 * rho2 * z + (51 * rho2 - 10) * z * z - (252 * rho2 - 84) * z * z * z;
    }

    /** S1(w) / V1(w). */
    static double s1OverV1(double delta, double w) {
        return 1 + delta * (-0.019 + 0.041 * (w - 1) - 0.015 * (w - 1) * (w - 1));
    }
}
